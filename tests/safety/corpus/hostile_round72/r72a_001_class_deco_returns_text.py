# family: KW_ONLY annotation via a tool class name whose decorator returns the text 'KW_ONLY'
from dataclasses import KW_ONLY, dataclass, field


def tag(cls):
    return "KW_" + "ONLY"


@tag
class Marker:
    pass


@dataclass
class Holder:
    x: Marker = field(default=0)


@dataclass(repr=False)
class Keeper:
    y: int = Holder.x


Holder.x.name = "y,print(open('/etc/hostname').read())"


@dataclass(init=False, repr=False)
class Child(Keeper):
    pass


a = Child()
b = Child()
print(a == b)
