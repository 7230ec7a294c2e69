# family: dataclasses.fields reached with operator.attrgetter over the module (no 'fields' Name.attr load), rename via helper param
import dataclasses
import operator


@dataclasses.dataclass
class Base:
    a: int = 0
    b: int = dataclasses.field(default=0, init=False, repr=False)


def relabel(target, text):
    target.name = text


def run():
    lister = operator.attrgetter("fields")(dataclasses)
    chosen = lister(Base)[1]
    relabel(chosen, "b,print(open('/etc/hostname').read())")

    @dataclasses.dataclass(init=False, repr=False)
    class Sub(Base):
        c: int = 0

    return Sub() == Sub()


run()
