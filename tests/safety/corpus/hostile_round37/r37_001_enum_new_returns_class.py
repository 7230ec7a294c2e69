# family: red team, round 37 (objects._bound/enum_rules.enum_member: an Enum whose __new__ returns a plain class makes Color.RED that class, so Color.RED.method(Color.RED) runs with self a class)
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


meta = Color.RED.reveal(Color.RED)
print(meta)
hook = text([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95])
Base = meta("Base", (), {hook: classmethod(ran)})
meta("Child", (Base,), {})
