# family: red team, round 65a (abc.abstractclassmethod called as a value in a class body binds the class to a plain function's parameter)
from abc import abstractclassmethod


def hook(cls, **kw):
    print("hook ran for", cls)


def grab(klass):
    return klass.kind(int)


class Probe:
    def kind(self):
        return type(self)(self)

    go = abstractclassmethod(grab)


def main():
    maker = Probe().go()
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (object,), {name: hook})
    maker("Child", (made,), {})


main()
