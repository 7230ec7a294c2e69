# family: red team, round 65a (a subclass of the builtin classmethod, called on a plain function in a class body, binds the class)
def hook(cls, **kw):
    print("hook ran for", cls)


class Binder(classmethod):
    pass


def grab(klass):
    return klass.kind(int)


class Probe:
    def kind(self):
        return type(self)(self)

    go = Binder(grab)


def main():
    maker = Probe().go()
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (object,), {name: hook})
    maker("Child", (made,), {})


main()
