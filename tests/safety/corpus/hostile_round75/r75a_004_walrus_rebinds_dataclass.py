# family: dataclass decorator name rebound at module level by a comprehension walrus: checker takes @dataclass as dataclasses' so field() is accepted, run time leaves Field on class
from dataclasses import dataclass, field


def ident(kind):
    return kind


if len("x") > 5:
    dataclass = ident
else:
    [dataclass := ident for _ in "x"]


@dataclass
class Holder:
    b: int = field(default=0)


@dataclass
class Carrier:
    a: int = 0
    b: int = Holder.b


def run():
    held = Holder.b
    held.name = "b,print(open('/etc/hostname').read())"

    @dataclass(init=False, repr=False)
    class Sub(Carrier):
        c: int = 0

    return Sub() == Sub()


run()
