# family: red team, round 40 (enum: __new__ rebinds 'object' locally, so object.__new__(cls) is a tool class's __new__ returning a class; Enum then runs that class's __init__ unbound on the member value)
from enum import Enum


def text(codes):
    return bytes(codes).decode()


def ran(cls, **kw):
    print("hook ran for", cls)


class Holder:
    def __init__(self, *rest):
        meta = type(self)
        print(meta)
        hook = text([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95])
        base = meta("Base", (), {hook: classmethod(ran)})
        meta("Child", (base,), {})


class Maker:
    def __new__(cls, *rest):
        return Holder


class Color(Enum):
    def __new__(cls, value):
        object = Maker
        obj = object.__new__(cls)
        obj._value_ = value
        return obj

    RED = (int,)
    GREEN = 2


print(list(Color))
