# family: red team, round 63a (the implicit __class__ closure cell read as a bare name in a method gives the class)
def hook(cls, **kw):
    print("hook ran for", cls)


class Probe:
    def kind(self):
        return type(self)(self)

    def owner(self):
        return __class__


def main():
    maker = Probe().owner().kind(int)
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (object,), {name: hook})
    maker("Child", (made,), {})


main()
