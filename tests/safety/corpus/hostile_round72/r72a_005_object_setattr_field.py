# family: rename a processed Field from fields() with object.__setattr__
from dataclasses import dataclass, fields


@dataclass
class Base:
    y: int = 0


for f in fields(Base):
    object.__setattr__(f, "name", "y,print(open('/etc/hostname').read())")


@dataclass(init=False, repr=False)
class Child(Base):
    pass


print(Child() == Child())
