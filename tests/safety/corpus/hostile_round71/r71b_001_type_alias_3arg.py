# family: three-argument type() reached through a function parameter (type passed as a value), with an __init_subclass__ in the namespace
import functools


def hook(cls, **kw):
    print(type(cls))


def build(maker, name):
    return maker(name, (object,), {"__init_subclass__": classmethod(hook)})


Base = build(type, "B" + "ase")


class Child(Base):
    pass
