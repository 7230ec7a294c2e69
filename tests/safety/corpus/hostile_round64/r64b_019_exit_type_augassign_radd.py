# family: red team, round 64b (__exit__ adds an object to its exception class in place: the object's __radd__ gets the class)
def hook(cls, **kw):
    print("hook ran for", cls)


found = []


class Probe(Exception):
    def kind(self):
        return type(self)(self)


class Catcher:
    def __radd__(self, other):
        found.append(other.kind(int))
        return 0


class Guard:
    def __enter__(self):
        return self

    def __exit__(self, typ, value, tb):
        typ += Catcher()
        return True


def main():
    with Guard():
        raise Probe("p")
    maker = found[0]
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (object,), {name: hook})
    maker("Child", (made,), {})


main()
