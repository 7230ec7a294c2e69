# family: enum functional API reached through partial
import enum
from functools import partial


def hook(c, **kw):
    print(type(c).mro()[1])


u = min("_z")
key = u + u + "init" + u + "subclass" + u + u
names = [(key, hook)]
Made = partial(enum.Enum, "Made")(names)


class Sub(Made):
    pass
