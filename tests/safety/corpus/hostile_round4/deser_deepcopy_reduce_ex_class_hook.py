# family: deser
# Escape: copy.deepcopy reads __reduce_ex__ from the instance (SimpleNamespace with a run-time key) and its
# _reconstruct setattr()s the slot state onto the object the reducer returns: the tool's own class gets a
# __getattr__ hook at run time, with no class-body or attribute-store the checker could see.
import copy
import types


class Plain:
    pass


def pick(x):
    return x


def tool(name: str) -> str:
    u = "_" * 2
    hook = {u + "getattr" + u: lambda self, attr: "hooked " + attr}
    ns = types.SimpleNamespace(**{u + "reduce_ex" + u: lambda proto: (pick, (Plain,), (None, hook))})
    copy.deepcopy(ns)
    return Plain().anything + name
