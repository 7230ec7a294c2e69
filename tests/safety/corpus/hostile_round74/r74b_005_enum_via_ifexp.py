# family: enum functional API reached through conditional expr
import enum
from functools import partial


def hook(c, **kw):
    print(type(c).mro()[1])


u = min("_z")
key = u + u + "init" + u + "subclass" + u + u
names = [(key, hook)]
Made = (enum.Enum if names else enum.Flag)("Made", names)


class Sub(Made):
    pass
