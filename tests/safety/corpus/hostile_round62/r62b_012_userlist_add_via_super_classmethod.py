# family: red team, round 62b (super().__add__ in a classmethod of a UserList subclass is UserList.__add__ plain, run on a class)
from collections import UserList


class Base:
    pass


def hook(cls, **kw):
    print("hook ran for", cls)


class Part:
    def __add__(self, other):
        return int


class Holder:
    data = Part()


class Bag(UserList):
    @classmethod
    def adder(cls, target):
        return super().__add__(target, ())


def main():
    maker = Bag.adder(Holder)
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (Base,), {name: hook})
    maker("Child", (made,), {})


main()
