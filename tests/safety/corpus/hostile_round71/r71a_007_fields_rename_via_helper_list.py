# family: rename a Field obtained from dataclasses.fields() through a list item on a tool object (no KW_ONLY), then subclass dataclass execs name
import dataclasses


@dataclasses.dataclass
class Base:
    y: int = 0


class Box:
    def __init__(self, items: list) -> None:
        self.items = items


def build() -> str:
    return "y if {print(open('/etc/hostname').read())} else 0"


box = Box(list(dataclasses.fields(Base)))
first = box.items[0]
first.name = build()


@dataclasses.dataclass(init=False, eq=False)
class Child(Base):
    pass


print(repr(Child(1)))
