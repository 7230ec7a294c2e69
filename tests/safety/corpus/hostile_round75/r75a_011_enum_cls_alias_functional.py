# family: Enum functional API reached through an alias of cls (k = cls) in a classmethod of a member-less tool Enum, computed dunder member name
from enum import Enum


def hook(kind):
    print("hook ran for", kind)


class Base(Enum):
    @classmethod
    def make(cls, label):
        k = cls
        return k("Made", {label: classmethod(hook)})


Made = Base.make("_" * 2 + "init" + "_subclass" + "_" * 2)
Made("More", {"x": 1})
