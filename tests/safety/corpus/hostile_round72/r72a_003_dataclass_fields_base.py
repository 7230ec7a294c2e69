# family: fake Field objects through a base class's __dataclass_fields__ table
from dataclasses import dataclass


class Kind:
    def __eq__(self, other):
        return True

    def __hash__(self):
        return 1


class Fake:
    _field_type = Kind()
    name = "a=print(open('/etc/hostname').read())"
    init = False
    repr = True
    compare = False
    hash = None
    kw_only = False
    default = 0
    default_factory = 0
    type = int


class Base:
    __dataclass_fields__ = {"a": Fake()}


@dataclass
class Child(Base):
    pass


print(Child())
