# family: red team, round 64b (__exit__ matches its exception class against a dotted value pattern: the pattern object's __eq__ gets the class)
def hook(cls, **kw):
    print("hook ran for", cls)


found = []


class Probe(Exception):
    def kind(self):
        return type(self)(self)


class Catcher:
    def __eq__(self, other):
        found.append(other.kind(int))
        return True


class Holder:
    catcher = Catcher()


class Guard:
    def __enter__(self):
        return self

    def __exit__(self, typ, value, tb):
        match typ:
            case Holder.catcher:
                return True
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
