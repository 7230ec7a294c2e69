# family: red team, round 34 (enum_rules: a Flag whose only "member" is 0 has no _member_names_, so it stays an Enum factory)
from enum import Flag


class Color(Flag):
    NONE = 0


def text(codes):
    return bytes(codes).decode()


def ran(cls, **kw):
    print("hook ran for", cls)


hook = text([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95])  # __init_subclass__
made = Color(*["Made", {hook: classmethod(ran)}])


class Child(made):
    pass
