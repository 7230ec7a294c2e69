# family: red team, round 66b (store through an alias held in a local, then a class constant table read by getattr)
import typing

T = typing.TypeVar("T")


class Box(typing.Generic[T]):
    NAMES = ("real", "imag")

    def read(self, obj):
        for name in Box.NAMES:
            print(getattr(obj, name))


def f():
    return 1


u = chr(95) * 2
alias = Box[int]
setattr(alias, "NAMES", (u + "globals" + u,))
Box().read(f)
