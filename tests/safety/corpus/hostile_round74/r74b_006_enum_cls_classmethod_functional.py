# family: enum functional API through a classmethod's cls of a tool Enum (must have members)
import enum


def hook(c, **kw):
    print(type(type(c)))


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
