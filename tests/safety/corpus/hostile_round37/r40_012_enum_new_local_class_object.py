# family: red team, round 40 (enum: __new__ defines a local class named 'object' whose __new__ returns a class; plain_classes._new_object resolves 'object' in the class body, not the function; Enum runs that class's __init__ unbound on the member value)
from enum import Enum


def text(codes):
    return bytes(codes).decode()


def ran(cls, **kw):
    print("hook ran for", cls)


class Holder:
    def __init__(self, *rest):
        meta = type(self)
        print(meta)
        hook = text([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95])
        try:
            base = meta("Base", (), {hook: classmethod(ran)})
            meta("Child", (base,), {})
        except TypeError:
            pass


class Maker:
    def __new__(cls, *rest):
        return Holder


class Color(Enum):
    def __new__(cls, value):
        class object(Maker):
            pass

        obj = object.__new__(cls)
        obj._value_ = value
        return obj

    RED = (int,)
    GREEN = 2


print(list(Color))
