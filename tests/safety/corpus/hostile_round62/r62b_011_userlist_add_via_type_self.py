# family: red team, round 62b (type(self).__add__ on a UserList subclass is UserList.__add__ plain; run with a class as self it returns type(...))
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
    def adder(self):
        return type(self).__add__(Holder, ())


def main():
    maker = Bag([1]).adder()
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (Base,), {name: hook})
    maker("Child", (made,), {})


main()
