# family: red team, round 62b (type.mro(ABCMeta) read off the builtin type name)
from abc import ABCMeta


class Base:
    pass


def hook(cls, **kw):
    print("hook ran for", cls)


def main():
    chain = type.mro(ABCMeta)
    maker = chain[1]
    print(maker)
    name = "".join(["__init", "_subclass__"])
    Made = maker("Made", (Base,), {name: classmethod(hook)})
    maker("Child", (Made,), {})


main()
