# family: red team, round 62b (super().__or__ in a classmethod of a UserDict subclass runs UserDict.__or__ with a class as self)
from collections import UserDict


class Base:
    pass


def hook(cls, **kw):
    print("hook ran for", cls)


class Part:
    def __or__(self, other):
        return int


class Holder:
    data = Part()


class Table(UserDict):
    @classmethod
    def merged(cls, target):
        return super().__or__(target, {})


def main():
    maker = Table.merged(Holder)
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (Base,), {name: hook})
    maker("Child", (made,), {})


main()
