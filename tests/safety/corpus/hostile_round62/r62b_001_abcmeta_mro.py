# family: red team, round 62b (ABCMeta.mro(ABCMeta) lists the builtin type)
from abc import ABCMeta


class Base:
    pass


def hook(cls, **kw):
    print("hook ran for", cls)


def main():
    chain = ABCMeta.mro(ABCMeta)
    maker = chain[1]
    print(maker)
    name = "".join(["__init", "_subclass__"])
    Made = maker("Made", (Base,), {name: classmethod(hook)})
    maker("Child", (Made,), {})


main()
