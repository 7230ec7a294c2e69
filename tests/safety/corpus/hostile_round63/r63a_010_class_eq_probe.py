# family: red team, round 63a (e.__class__ == probe: the probe's reflected __eq__ receives the class)
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

    __hash__ = None


def main():
    try:
        raise Probe("p")
    except Exception as e:
        if e.__class__ == Catcher():
            pass
    maker = found[0]
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (object,), {name: hook})
    maker("Child", (made,), {})


main()
