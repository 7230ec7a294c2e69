# family: red team, round 35 (enum_rules._single_bit: auto() in a Flag counts as one bit, but a _generate_next_value_ of the tool makes it 0, so the Flag has no members and is a factory)
from enum import Flag, auto


class Color(Flag):
    def _generate_next_value_(name, start, count, last_values):
        return 0

    NONE = auto()


class Plain:
    pass


def text(codes):
    return bytes(codes).decode()


caught = []


def grab(self, other):
    caught.append(other)
    return True


def same_hash(self):
    y = id(int) + 27936  # where this interpreter keeps type, next to int (one build of CPython 3.11)
    y = ((y >> 4) | (y << 60)) & 0xFFFFFFFFFFFFFFFF
    return y - (1 << 64) if y >= (1 << 63) else y


eq = text([95, 95, 101, 113, 95, 95])
hs = text([95, 95, 104, 97, 115, 104, 95, 95])
made = Color(*["Made", {"ONE": 1, eq: grab, hs: same_hash}])
probe = made(1)
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
