# family: functools.wraps(source, ("name",), ()) applied to a Field from fields() (wraps form of update_wrapper rename)
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
        functools.wraps(source, ("name",), ())(target)
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
