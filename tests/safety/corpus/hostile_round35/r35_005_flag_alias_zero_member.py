# family: red team, round 35 (enum_rules._flag_base: Flag imported under another name is not seen as a Flag, so NONE = 0 counts as a member)
from enum import Flag as Bits


class Color(Bits):
    NONE = 0


def text(codes):
    return bytes(codes).decode()


def ran(cls, **kw):
    print("hook ran for", cls)


hook = text([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95])  # __init_subclass__
made = Color(*["Made", {hook: classmethod(ran)}])


class Child(made):
    pass
