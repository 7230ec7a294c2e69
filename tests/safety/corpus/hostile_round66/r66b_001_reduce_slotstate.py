# family: red team, round 66b (copy.copy reduce slotstate setattr renames a base dataclass Field)
import copy
import dataclasses


@dataclasses.dataclass
class Base:
    a: int = 0


def pick():
    return dataclasses.fields(Base)[0]


class Renamer:
    def __reduce__(self):
        return (pick, (), (None, {"name": "a,print(__import__('os').getcwd())"}))


copy.copy(Renamer())


@dataclasses.dataclass(init=False, repr=False)
class Sub(Base):
    pass


print(Sub() == Sub())
