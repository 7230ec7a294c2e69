# family: red team, round 62b (Probe | catcher: type.__or__ gives up and the tool's __ror__ receives the class)
def hook(cls, **kw):
    print("hook ran for", cls)


class Probe:
    def kind(self):
        return type(self)(self)


class Catcher:
    def __ror__(self, other):
        return other.kind(int)


def main():
    maker = Probe | Catcher()
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (object,), {name: hook})
    maker("Child", (made,), {})


main()
