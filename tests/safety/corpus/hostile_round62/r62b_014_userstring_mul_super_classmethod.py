# family: red team, round 62b (super().__mul__ in a classmethod of a UserString subclass runs UserString.__mul__ with a class as self)
from collections import UserString


class Base:
    pass


def hook(cls, **kw):
    print("hook ran for", cls)


class Part:
    def __mul__(self, other):
        return int


class Holder:
    data = Part()


class Text(UserString):
    @classmethod
    def repeated(cls, target):
        return super().__mul__(target, 2)


def main():
    maker = Text.repeated(Holder)
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (Base,), {name: hook})
    maker("Child", (made,), {})


main()
