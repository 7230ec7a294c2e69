# family: enum functional API reached through map()
import enum
from functools import partial


def hook(c, **kw):
    print(type(c).mro()[1])


u = min("_z")
key = u + u + "init" + u + "subclass" + u + u
names = [(key, hook)]
Made = list(map(enum.Enum, ["Made"], [names]))[0]


class Sub(Made):
    pass
