# family: field(default=field()) leaves the inner Field on the class; rename it via class attribute, then subclass
import dataclasses


@dataclasses.dataclass
class Base:
    a: int = 0
    b: int = dataclasses.field(default=dataclasses.field(default=0, init=False, repr=False))


def run():
    print(type(Base.b))
    return Base
run()
