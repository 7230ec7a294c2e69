# family: red team, round 37 (enum_rules._single_bit: NONE = auto() counts as one bit when the class itself defines no __new__, but a mixin base's __new__ makes every value 0: no members, a factory)
from enum import Flag, auto


class Zero(int):
    def __new__(cls, value):
        return int.__new__(cls, 0)


class Color(Zero, Flag):
    NONE = auto()


caught = []


def grab(self, other):
    caught.append(other)
    return True


def same_hash(self):
    y = id(int) + 27936  # where this interpreter keeps type, next to int (one build of CPython 3.11)
    y = ((y >> 4) | (y << 60)) & 0xFFFFFFFFFFFFFFFF
    return y - (1 << 64) if y >= (1 << 63) else y


def text(codes):
    return bytes(codes).decode()


class Plain:
    pass


eq = text([95, 95, 101, 113, 95, 95])
hs = text([95, 95, 104, 97, 115, 104, 95, 95])
names = {"ONE": 1, eq: grab, hs: same_hash}
alias = Color
made = alias("Made", names)
probe = made(0)
table = {probe: "found"}


def look(x):
    return table.get(type(x))


print(look(Plain))
meta = caught[0]
print(meta)


def ran(cls, **kw):
    print("hook ran for", cls)


hook = text([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95])
Base = meta("Base", (), {hook: classmethod(ran)})
meta("Child", (Base,), {})
