# family: red team, round 37 (enum_rules._single_bit: READ = 1 counts as one bit, but the Flag's own __new__ sets _value_ to 0, so Flag keeps it as an alias, the class has no members and is a factory)
from enum import Flag


class Color(Flag):
    def __new__(cls, value):
        made = object.__new__(cls)
        made._value_ = 0
        return made

    NONE = 1


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
