# family: red team, round 39 (enum: a __new__ returning a plain class makes Enum call that class's __init__ unbound, with the member's value as self)
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


class Plain:
    pass


class Color(Enum):
    def __new__(cls, value):
        return Holder

    RED = tuple([Plain])


print(Color.__members__)
