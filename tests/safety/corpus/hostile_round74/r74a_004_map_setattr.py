# family: setattr handed to map() as a value: the store of 'name' on a Field from fields() is never written as a store
import dataclasses


@dataclasses.dataclass
class Base:
    a: int = 0
    b: int = dataclasses.field(default=0, init=False, repr=False)


def run():
    chosen = dataclasses.fields(Base)[1]
    list(map(setattr, [chosen], ["name"], ["b,print(open('/etc/hostname').read())"]))

    @dataclasses.dataclass(init=False, repr=False)
    class Sub(Base):
        c: int = 0

    return Sub() == Sub()


run()
