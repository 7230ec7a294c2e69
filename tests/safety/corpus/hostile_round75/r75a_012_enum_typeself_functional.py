# family: Enum functional API reached through a nested function receiving cls as a parameter (not the method's first parameter)
from enum import Enum


def hook(kind):
    print("hook ran for", kind)


def build(maker, label):
    return maker("Made", {label: classmethod(hook)})


class Base(Enum):
    @classmethod
    def make(cls, label):
        return build(cls, label)


Made = Base.make("_" * 2 + "init" + "_subclass" + "_" * 2)
Made("More", {"x": 1})
