# family: red team, round 34 (enum_rules control: a Flag with a single-bit member is no factory at run time)
from enum import Flag


class Color(Flag):
    NONE = 1


def text(codes):
    return bytes(codes).decode()


def ran(cls, **kw):
    print("hook ran for", cls)


hook = text([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95])  # __init_subclass__
made = Color(*["Made", {hook: classmethod(ran)}])


class Child(made):
    pass
