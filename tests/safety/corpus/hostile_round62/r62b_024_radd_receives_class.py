# family: red team, round 62b (Probe + catcher: the tool's __radd__ receives the class)
def hook(cls, **kw):
    print("hook ran for", cls)


class Probe:
    def kind(self):
        return type(self)(self)


class Catcher:
    def __radd__(self, other):
        return other.kind(int)


def main():
    maker = Probe + Catcher()
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (object,), {name: hook})
    maker("Child", (made,), {})


main()
