# family: augmented assignment to a Field's name (f.name += text)
import dataclasses


@dataclasses.dataclass
class Base:
    a: int = 0
    b: int = dataclasses.field(default=0, init=False, repr=False)


def run():
    for chosen in dataclasses.fields(Base)[1:]:
        chosen.name += ",print(open('/etc/hostname').read())"

    @dataclasses.dataclass(init=False, repr=False)
    class Sub(Base):
        c: int = 0

    return Sub() == Sub()


run()
