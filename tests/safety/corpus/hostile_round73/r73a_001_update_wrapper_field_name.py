# family: functools.update_wrapper(assigned=("name",)) renames a Field from dataclasses.fields()
import dataclasses
import functools


@dataclasses.dataclass
class Base:
    a: int = 0
    b: int = dataclasses.field(default=0, init=False, repr=False)


class Src:
    def __init__(self):
        self.name = "b,print(open('/etc/hostname').read())"


def run():
    chosen = dataclasses.fields(Base)[1]
    try:
        functools.update_wrapper(chosen, Src(), ("name",), ())
    except AttributeError:
        pass

    @dataclasses.dataclass(init=False, repr=False)
    class Sub(Base):
        c: int = 0

    return Sub() == Sub()


run()
