# family: dataclass-generated __match_args__ from a renamed kept Field (KW_ONLY alias hole) -> case Child(g) reads __globals__ off a subclass instance carrying a function
from dataclasses import dataclass, field, KW_ONLY

S = "KW_ONLY"


@dataclass
class Holder:
    x: S = field(default=0)


@dataclass
class Base:
    y: int = Holder.x


def helper() -> int:
    return 1


def build() -> str:
    return "".join(["_", "_glo", "bals_", "_"])


Holder.x.name = build()


@dataclass(init=False, eq=False, repr=False)
class Child(Base):
    pass


def probe(obj: object) -> None:
    match obj:
        case Child(g):
            print(g)
        case _:
            print("no match")


class Carrier(Child):
    def __init__(self) -> None:
        self.y = helper


probe(Carrier())
