# family: red team, round 65a (the builtin @classmethod on a module-level def, named in a class body, passes the class to a parameter not judged as a method's)
def hook(cls, **kw):
    print("hook ran for", cls)


@classmethod
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
