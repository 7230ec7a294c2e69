# family: KW_ONLY imported under an NFKC-equivalent spelling so the source never contains the ASCII word
from dataclasses import dataclass, field, ＫW_ONLY

TEXT = "KW_" + "ONLY"


@dataclass
class Holder:
    x: TEXT = field(default=0)


@dataclass(repr=False)
class Keeper:
    y: int = Holder.x


Holder.x.name = "y,print(open('/etc/hostname').read())"


@dataclass(init=False, repr=False)
class Child(Keeper):
    pass


print(Child() == Child())
