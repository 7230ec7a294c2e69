# family: red team, round 64b (an annotation joining a class with an object: the object's __ror__ receives the class)
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


catcher = Catcher()


def main():
    value: Probe | catcher = 1
    return value


def outer():
    x: Probe | catcher
    return 1


class Holder:
    slot: Probe | catcher = 0


maker = found[0]
print(maker)
name = "".join(["__init", "_subclass__"])
made = maker("Made", (object,), {name: hook})
maker("Child", (made,), {})
