# family: dataclasses.field called through functools.partial (a Field made outside a class body), renamed after decoration
import dataclasses
import functools

make = functools.partial(dataclasses.field, default=0, init=False, repr=False)
spare = make()


@dataclasses.dataclass
class Base:
    a: int = 0
    b: int = spare


def run():
    spare.name = "b,print(open('/etc/hostname').read())"

    @dataclasses.dataclass(init=False, repr=False)
    class Sub(Base):
        c: int = 0

    return Sub() == Sub()


run()
