# family: red team, round 64b (a plain ExceptionGroup given an instance attribute split: except* calls it with the clause's class)
def hook(cls, **kw):
    print("hook ran for", cls)


found = []


class Probe(Exception):
    def kind(self):
        return type(self)(self)


def catcher(typ):
    found.append(typ.kind(int))
    return None, None


def attempt():
    group = ExceptionGroup("g", [ValueError("v")])
    group.split = catcher
    try:
        raise group
    except* Probe:
        pass


def main():
    try:
        attempt()
    except ExceptionGroup:
        pass
    maker = found[0]
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (object,), {name: hook})
    maker("Child", (made,), {})


main()
