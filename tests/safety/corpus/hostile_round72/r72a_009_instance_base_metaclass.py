# family: class statement whose base is a str-subclass instance: the 'metaclass' call makes the text KW_ONLY
from dataclasses import KW_ONLY, dataclass, field


class Text(str):
    def __new__(cls, *parts):
        return super().__new__(cls, "KW_" + "ONLY")


seed = Text()


class Marker(seed):
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


print(Child() == Child())
