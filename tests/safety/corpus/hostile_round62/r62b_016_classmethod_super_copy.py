# family: red team, round 62b (super().copy in a classmethod of a UserList subclass, run on a class)
from collections import UserList


class Base:
    pass


def hook(cls, **kw):
    print("hook ran for", cls)


class Bag(UserList):
    @classmethod
    def dup(cls, target):
        return super().copy(target)


def main():
    maker = Bag.dup(Base)
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (Base,), {name: hook})
    maker("Child", (made,), {})


main()
