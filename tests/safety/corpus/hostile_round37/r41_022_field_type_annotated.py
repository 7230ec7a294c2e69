# family: red team, round 41 (dataclasses Field.type: Annotated[type, 'kind'], an Annotated alias calls its origin)
from dataclasses import dataclass, fields
from typing import Annotated, Type


def text(codes):
    return bytes(codes).decode()


def ran(cls, **kw):
    print("hook ran for", cls)


@dataclass
class Spec:
    kind: Annotated[type, 'kind'] = int


maker = fields(Spec)[0].type
hook = text([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95])
base = maker("Base", (), {hook: classmethod(ran)})
maker("Child", (base,), {})
