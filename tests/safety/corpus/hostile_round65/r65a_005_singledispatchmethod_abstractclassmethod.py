# family: red team, round 65a (functools.singledispatchmethod over abc.abstractclassmethod(f) calls f with the class)
from abc import abstractclassmethod
from functools import singledispatchmethod


def hook(cls, **kw):
    print("hook ran for", cls)


def grab(klass, arg):
    return klass.kind(arg)


class Probe:
    def kind(self):
        return type(self)(self)

    go = singledispatchmethod(abstractclassmethod(grab))


def main():
    maker = Probe().go(int)
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (object,), {name: hook})
    maker("Child", (made,), {})


main()
