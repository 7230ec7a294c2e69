# family: red team, round 40 (enum: a plain mixin's __repr__ is _value_repr_; the Enum's own __repr__ delegates to Enum.__repr__, which runs it on the value, a builtin class)
from enum import Enum


def text(codes):
    return bytes(codes).decode()


def ran(cls, **kw):
    print("hook ran for", cls)


class Shown:
    def __repr__(self):
        meta = type(self)
        print(meta)
        hook = text([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95])
        base = meta("Base", (), {hook: classmethod(ran)})
        meta("Child", (base,), {})
        return "shown"


class Kind(Shown, Enum):
    NUMBER = int
    ONE = 1

    def __repr__(self):
        return Enum.__repr__(self)


print(repr(Kind.NUMBER))
