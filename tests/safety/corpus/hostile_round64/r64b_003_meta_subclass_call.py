# family: red team, round 64b (a class deriving from ABCMeta called with three arguments: its methods run with a class as self)
from abc import ABCMeta


def hook(cls, **kw):
    print("hook ran for", cls)


class Meta(ABCMeta):
    def other(self):
        return type(self)(self)

    def kind(self):
        return self.other(int)


def main():
    made_cls = Meta("X", (), {})
    maker = made_cls.kind()
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (object,), {name: hook})
    maker("Child", (made,), {})


main()
