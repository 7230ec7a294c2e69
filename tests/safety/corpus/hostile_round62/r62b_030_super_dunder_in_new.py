# family: red team, round 62b (super().__add__ in __new__ of a UserList subclass: cls-bound super gives UserList.__add__ plain, run on a class)
from collections import UserList


def hook(cls, **kw):
    print("hook ran for", cls)


found = []


class Part:
    def __add__(self, other):
        return int


class Holder:
    data = Part()


class Bag(UserList):
    def __new__(cls, *args):
        found.append(super().__add__(Holder, ()))
        return super().__new__(cls)


def main():
    Bag()
    maker = found[0]
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (object,), {name: hook})
    maker("Child", (made,), {})


main()
