# family: red team, round 65a (abc.abstractclassmethod reached by module path, wrapping a lambda, binds the class)
import abc


def hook(cls, **kw):
    print("hook ran for", cls)


class Probe:
    def kind(self):
        return type(self)(self)

    go = abc.abstractclassmethod(lambda klass: klass.kind(int))


def main():
    maker = Probe().go()
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (object,), {name: hook})
    maker("Child", (made,), {})


main()
