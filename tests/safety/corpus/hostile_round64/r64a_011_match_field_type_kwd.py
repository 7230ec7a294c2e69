# family: red team, round 64a (case Field(type=t) reads a Field's type, the tool's class, without the spelling .type)
from dataclasses import Field, dataclass, fields


def text(codes):
    return "".join(chr(c) for c in codes)


class Maker:
    def build(self):
        print(type(self))
        hook = text([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95])

        def ran(cls, **kw):
            print("hook ran for", cls.__name__)

        base = type(self)("Base", (), {hook: ran})
        type(self)("Child", (base,), {})


@dataclass
class Holder:
    item: Maker = None


for entry in fields(Holder):
    match entry:
        case Field(type=kind):
            kind.build(int)
