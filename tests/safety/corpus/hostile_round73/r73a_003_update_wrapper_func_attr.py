# family: update_wrapper(assigned=("name",)) from a tool def carrying a .name attribute renames a Field
import dataclasses
import functools


@dataclasses.dataclass
class Base:
    a: int = 0
    b: int = dataclasses.field(default=0, init=False, repr=False)


def src():
    return 0


src.name = "b,print(open('/etc/hostname').read())"


def run():
    chosen = dataclasses.fields(Base)[1]
    try:
        functools.update_wrapper(chosen, src, ("name",), ())
    except AttributeError:
        pass

    @dataclasses.dataclass(init=False, repr=False)
    class Sub(Base):
        c: int = 0

    return Sub() == Sub()


run()
