# family: red team, round 41 (class_rules: a class deriving from ABCMeta is a metaclass)
from abc import ABCMeta


def text(codes):
    return bytes(codes).decode()


def ran(cls, **kw):
    print("hook ran for", cls)


class Registry(ABCMeta):
    pass


hook = text([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95])
base = Registry("Base", (), {hook: classmethod(ran)})
Registry("Child", (base,), {})
