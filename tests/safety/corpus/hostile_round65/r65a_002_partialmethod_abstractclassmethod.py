# family: red team, round 65a (functools.partialmethod over abc.abstractclassmethod(f) binds the class to f's first parameter)
from abc import abstractclassmethod
from functools import partialmethod


def hook(cls, **kw):
    print("hook ran for", cls)


def grab(klass, arg):
    return klass.kind(arg)


class Probe:
    def kind(self):
        return type(self)(self)

    go = partialmethod(abstractclassmethod(grab), int)


def main():
    maker = Probe().go()
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (object,), {name: hook})
    maker("Child", (made,), {})


main()
