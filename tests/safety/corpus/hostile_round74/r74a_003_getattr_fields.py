# family: dataclasses.fields reached by getattr with a constant name (no 'fields' attribute load on a Name), rename through a helper
import dataclasses


@dataclasses.dataclass
class Base:
    a: int = 0
    b: int = dataclasses.field(default=0, init=False, repr=False)


def relabel(target, text):
    target.name = text


def run():
    lister = getattr(dataclasses, "fields")
    chosen = lister(Base)[1]
    relabel(chosen, "b,print(open('/etc/hostname').read())")

    @dataclasses.dataclass(init=False, repr=False)
    class Sub(Base):
        c: int = 0

    return Sub() == Sub()


run()
