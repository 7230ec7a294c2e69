# family: red team, round 39 (enum: __new__ returns the Enum class itself; Enum then runs the Enum's own __init__ unbound, with a class from the value as self)
from enum import Enum


def text(codes):
    return bytes(codes).decode()


def ran(cls, **kw):
    print("hook ran for", cls)


class Plain:
    pass


class Color(Enum):
    def __new__(cls, *values):
        return cls

    def __init__(self, value):
        meta = type(self)
        if value is Plain:
            print(meta)
            hook = text([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95])
            base = meta("Base", (), {hook: classmethod(ran)})
            meta("Child", (base,), {})

    RED = tuple([Plain, Plain])
