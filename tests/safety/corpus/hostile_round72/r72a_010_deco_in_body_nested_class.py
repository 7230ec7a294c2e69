# family: nested class in the dataclass body, replaced by a tool decorator with the text KW_ONLY
from dataclasses import KW_ONLY, dataclass, field


def tag(cls):
    return "KW_ONLY"


@dataclass
class Holder:
    @tag
    class Marker:
        pass

    x: Marker = field(default=0)


@dataclass(repr=False)
class Keeper:
    y: int = Holder.x


Holder.x.name = "y,print(open('/etc/hostname').read())"


@dataclass(init=False, repr=False)
class Child(Keeper):
    pass


print(Child() == Child())
