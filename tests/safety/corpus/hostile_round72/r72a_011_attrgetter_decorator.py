# family: library decorator operator.attrgetter("text") replaces a class by its class attribute, the text KW_ONLY
import operator
from dataclasses import KW_ONLY, dataclass, field


@operator.attrgetter("text")
class Marker:
    text = "KW_ONLY"


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
