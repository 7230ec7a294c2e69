# family: red team, round 65a (a @classmethod def made inside a factory function, stored in a class body, passes the class)
def hook(cls, **kw):
    print("hook ran for", cls)


def factory():
    @classmethod
    def grab(klass):
        return klass.kind(int)

    return grab


class Probe:
    def kind(self):
        return type(self)(self)

    go = factory()


def main():
    maker = Probe().go()
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (object,), {name: hook})
    maker("Child", (made,), {})


main()
