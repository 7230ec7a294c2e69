# family: red team, round 65a (a module-level def decorated with abc.abstractclassmethod, then named in a class body, gets the class)
from abc import abstractclassmethod


def hook(cls, **kw):
    print("hook ran for", cls)


@abstractclassmethod
def grab(klass):
    return klass.kind(int)


class Probe:
    def kind(self):
        return type(self)(self)

    go = grab


def main():
    maker = Probe().go()
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (object,), {name: hook})
    maker("Child", (made,), {})


main()
