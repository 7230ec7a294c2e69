# family: enum functional API via cls(...) in a classmethod of a tool Enum with members (computed dunder member name)
import enum


def hook(c, **kw):
    print("hook ran", c)


class Base(enum.Enum):
    A = 1

    @classmethod
    def make(cls, names):
        return cls("Made", names)


u = min("_z")
key = u + u + "init" + u + "subclass" + u + u
try:
    Made = Base.make([(key, hook)])
    print(Made)
except TypeError as e:
    print("refused at run time:", e)
