# family: rename a processed Field with setattr over a loop of constant names
from dataclasses import dataclass, fields


@dataclass
class Base:
    y: int = 0


for f in fields(Base):
    for key in ("name",):
        setattr(f, key, "y,print(open('/etc/hostname').read())")


@dataclass(init=False, repr=False)
class Child(Base):
    pass


print(Child() == Child())
