# family: red team, round 39 (enum: a mixin's __new__ returns the class carried in the value; Enum calls that class's __init__ unbound with the class as self)
from enum import Enum


def text(codes):
    return bytes(codes).decode()


def ran(cls, **kw):
    print("hook ran for", cls)


class Holder:
    def __init__(self):
        meta = type(self)
        print(meta)
        hook = text([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95])
        base = meta("Base", (), {hook: classmethod(ran)})
        meta("Child", (base,), {})


class Passing:
    def __new__(cls, value):
        return value


class Color(Passing, Enum):
    RED = tuple([Holder])
