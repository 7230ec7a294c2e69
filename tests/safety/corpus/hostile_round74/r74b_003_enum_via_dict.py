# family: enum functional API reached through dict lookup
import enum
from functools import partial


def hook(c, **kw):
    print(type(c).mro()[1])


u = min("_z")
key = u + u + "init" + u + "subclass" + u + u
names = [(key, hook)]
T = {"k": enum.Enum}
Made = T["k"]("Made", names)


class Sub(Made):
    pass
