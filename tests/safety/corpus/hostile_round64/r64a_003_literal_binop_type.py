# family: red team, round 64a (inside Literal[...] of an annotation, spy | type hands the builtin type to spy.__or__)
from typing import Literal


def text(codes):
    return "".join(chr(c) for c in codes)


class Spy:
    def __or__(self, other):
        print(other)
        hook = text([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95])

        def ran(cls, **kw):
            print("hook ran for", cls.__name__)

        base = other("Base", (), {hook: ran})
        other("Child", (base,), {})
        return 1


spy = Spy()
x: Literal[spy | type]
