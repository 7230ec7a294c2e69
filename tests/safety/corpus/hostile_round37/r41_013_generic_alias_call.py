# family: red team, round 41 (generic alias of type called: Annotated[type, 1])
from typing import Type, Annotated, Callable


def text(codes):
    return bytes(codes).decode()


def ran(cls, **kw):
    print("hook ran for", cls)


maker = Annotated[type, 1]
hook = text([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95])
base = maker("Base", (), {hook: classmethod(ran)})
maker("Child", (base,), {})
