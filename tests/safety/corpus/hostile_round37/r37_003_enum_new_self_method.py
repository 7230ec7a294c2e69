# family: red team, round 37 (objects._bound/enum_rules.enum_member: as r37_001, the Enum's own __new__ returns a plain class; the class reaches the method as self through a helper returning Color.RED)
from enum import Enum


class Holder:
    def reveal(self):
        return type(self)


class Color(Enum):
    def __new__(cls, value):
        return Holder

    RED = 1


def text(codes):
    return bytes(codes).decode()


def ran(cls, **kw):
    print("hook ran for", cls)


def pick():
    return Color.RED


meta = Color.RED.reveal(pick())
print(meta)
hook = text([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95])
Base = meta("Base", (), {hook: classmethod(ran)})
meta("Child", (Base,), {})
