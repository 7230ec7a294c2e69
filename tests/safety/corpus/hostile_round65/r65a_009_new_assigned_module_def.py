# family: red team, round 65a (a module-level def assigned as a class's __new__ gets the class as its first parameter)
def hook(cls, **kw):
    print("hook ran for", cls)


found = []


def new(klass):
    found.append(klass.kind(int))
    return 0


class Probe:
    def kind(self):
        return type(self)(self)

    __new__ = new


def main():
    Probe()
    maker = found[0]
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (object,), {name: hook})
    maker("Child", (made,), {})


main()
