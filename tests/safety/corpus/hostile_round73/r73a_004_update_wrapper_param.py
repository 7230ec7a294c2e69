# family: update_wrapper(target, source_param, ("name",), ()) — wrapped is a parameter; renames a Field from fields()
import dataclasses
import functools


@dataclasses.dataclass
class Base:
    a: int = 0
    b: int = dataclasses.field(default=0, init=False, repr=False)


class Label:
    def __init__(self, name):
        self.name = name


def relabel(target, source):
    try:
        functools.update_wrapper(target, source, ("name",), ())
    except AttributeError:
        pass


def run():
    chosen = dataclasses.fields(Base)[1]
    relabel(chosen, Label("b,print(open('/etc/hostname').read())"))

    @dataclasses.dataclass(init=False, repr=False)
    class Sub(Base):
        c: int = 0

    return Sub() == Sub()


run()
