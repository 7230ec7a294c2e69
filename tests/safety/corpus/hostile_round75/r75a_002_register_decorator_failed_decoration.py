# family: a Field left on a class whose @dataclass raised (ClassVar with default_factory); class kept by an inner register decorator, Field adopted by a second dataclass, renamed through an alias
from dataclasses import dataclass, field
from typing import ClassVar

keep = []


def register(kind):
    keep.append(kind)
    return kind


try:
    @dataclass
    @register
    class Holder:
        b: ClassVar[int] = field(default_factory=int)
except TypeError:
    pass


@dataclass
class Carrier:
    a: int = 0
    b: int = keep[0].b


def run():
    held = keep[0].b
    held.name = "b,print(open('/etc/hostname').read())"

    @dataclass(init=False, repr=False)
    class Sub(Carrier):
        c: int = 0

    return Sub() == Sub()


run()
