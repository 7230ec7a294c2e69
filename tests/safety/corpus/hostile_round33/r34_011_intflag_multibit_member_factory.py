# family: red team, round 34 (enum_rules: an IntFlag whose only "member" is multi-bit (3) has no _member_names_, so it stays an Enum factory)
from enum import IntFlag


class Color(IntFlag):
    BOTH = 3


def text(codes):
    return bytes(codes).decode()


def ran(cls, **kw):
    print("hook ran for", cls)


hook = text([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95])  # __init_subclass__
made = Color(*["Made", {hook: classmethod(ran)}])


class Child(made):
    pass
