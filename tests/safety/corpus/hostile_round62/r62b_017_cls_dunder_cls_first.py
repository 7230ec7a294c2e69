# family: red team, round 62b (cls.__add__(cls, ...) in a classmethod of a UserList subclass runs UserList.__add__ with the class as self)
from collections import UserList


class Base:
    pass


def hook(cls, **kw):
    print("hook ran for", cls)


class Part:
    def __add__(self, other):
        return int


class Bag(UserList):
    data = Part()

    @classmethod
    def adder(cls):
        return cls.__add__(cls, ())


def main():
    maker = Bag.adder()
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (Base,), {name: hook})
    maker("Child", (made,), {})


main()
