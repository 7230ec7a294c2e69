# family: KW_ONLY text via a class name a function rebinds through global
from dataclasses import KW_ONLY, dataclass, field


class Marker:
    pass


def swap():
    global Marker
    Marker = "KW_" + "ONLY"


swap()


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


print(Child() == Child())
