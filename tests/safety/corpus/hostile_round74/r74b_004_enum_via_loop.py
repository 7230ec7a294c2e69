# family: enum functional API reached through loop variable
import enum
from functools import partial


def hook(c, **kw):
    print(type(c).mro()[1])


u = min("_z")
key = u + u + "init" + u + "subclass" + u + u
names = [(key, hook)]
for E in (enum.Enum,):
    Made = E("Made", names)


class Sub(Made):
    pass
