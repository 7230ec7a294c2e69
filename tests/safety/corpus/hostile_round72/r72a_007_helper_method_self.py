# family: rename a Field through a method called with the Field as self (own-object exemption)
from dataclasses import dataclass, fields


class Renamer:
    def rename(self, text):
        self.name = text


@dataclass
class Base:
    y: int = 0


for f in fields(Base):
    Renamer.rename(f, "y,print(open('/etc/hostname').read())")


@dataclass(init=False, repr=False)
class Child(Base):
    pass


print(Child() == Child())
