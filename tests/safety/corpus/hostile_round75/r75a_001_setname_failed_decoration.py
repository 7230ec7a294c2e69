# family: a Field left on a class whose @dataclass raised (ClassVar with default_factory); class kept by __set_name__, Field adopted by a second dataclass, renamed through a list item
from dataclasses import dataclass, field
from typing import ClassVar

keep = []


class Grab:
    def __set_name__(self, owner, name):
        keep.append(owner)


try:
    @dataclass
    class Holder:
        g = Grab()
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
