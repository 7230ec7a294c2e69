# family: red team, round 64b (a class | object: type.__or__ declines, so the object's __ror__ receives the class)
def hook(cls, **kw):
    print("hook ran for", cls)


found = []


class Probe:
    def kind(self):
        return type(self)(self)


class Catcher:
    def __ror__(self, other):
        found.append(other.kind(int))
        return self


def main():
    catcher = Catcher()
    Probe | catcher
    maker = found[0]
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (object,), {name: hook})
    maker("Child", (made,), {})


main()
