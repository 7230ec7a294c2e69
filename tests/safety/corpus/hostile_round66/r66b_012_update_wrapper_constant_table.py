# family: red team, round 66b (update_wrapper with assigned=("NAMES",) replaces a class constant table that a classmethod's getattr loop trusts)
import functools
import types


class Box:
    NAMES = ("real", "imag")

    @classmethod
    def read(cls, obj):
        for name in cls.NAMES:
            print(getattr(obj, name))


def f():
    return 1


u = chr(95) * 2
source = types.SimpleNamespace(NAMES=(u + "globals" + u,))
functools.update_wrapper(Box, source, assigned=("NAMES",), updated=())
Box.read(f)
