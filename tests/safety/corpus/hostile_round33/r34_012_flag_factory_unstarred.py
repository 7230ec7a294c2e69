# family: red team, round 34 (field_makers: the tool Enum called with two written-out arguments, not starred)
from enum import Flag


class Color(Flag):
    NONE = 0


def text(codes):
    return bytes(codes).decode()


def ran(cls, **kw):
    print("hook ran for", cls)


hook = text([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95])  # __init_subclass__
names = {hook: classmethod(ran)}
made = Color("Made", names)


class Child(made):
    pass
