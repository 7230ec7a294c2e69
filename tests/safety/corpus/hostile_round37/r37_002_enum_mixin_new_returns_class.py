# family: red team, round 37 (objects._bound/enum_rules.enum_member: a mixin base whose __new__ returns a plain class; Enum uses the mixin's __new__ to make RED, so Color.RED is that class)
from enum import Enum


class Holder:
    def reveal(self):
        return type(self)


class Maker:
    def __new__(cls, value):
        return Holder


class Color(Maker, Enum):
    RED = 1


def text(codes):
    return bytes(codes).decode()


def ran(cls, **kw):
    print("hook ran for", cls)


meta = Color.RED.reveal(Color.RED)
print(meta)
hook = text([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95])
Base = meta("Base", (), {hook: classmethod(ran)})
meta("Child", (Base,), {})
