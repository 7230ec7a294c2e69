# family: red team, round 38 (attributes: private names of library-made classes)
from enum import Enum


class Base:
    def kind(self):
        return type(self)


class Color(Base, Enum):
    RED = 1
    GREEN = 2


class Holder:
    def __init__(self):
        self._member_type_ = None


def pick(k):
    return k.kind(k)


def hook_name():
    return "".join(map(chr, [95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95]))


def shout(cls, **kw):
    print("hook ran for", cls)


maker = pick(Color._member_type_)
print(maker)
Top = maker("Top", (), {hook_name(): classmethod(shout)})
Sub = maker("Sub", (Top,), {})
