# family: red team, round 66b (a typing alias forwards a store to its class: Box[int].NAMES replaces a class constant table)
import typing

T = typing.TypeVar("T")


class Box(typing.Generic[T]):
    NAMES = ("real", "imag")

    def read(self, obj):
        for name in self.NAMES:
            print(getattr(obj, name))


def f():
    return 1


u = chr(95) * 2
Box[int].NAMES = (u + "globals" + u,)
Box().read(f)
