# family: red team, round 64b (except* calls split on the group: an instance attribute split set in __init__ receives the clause's class)
def hook(cls, **kw):
    print("hook ran for", cls)


found = []


class Probe(Exception):
    def kind(self):
        return type(self)(self)


def catcher(typ):
    found.append(typ.kind(int))
    return None, None


class Group(ExceptionGroup):
    def __init__(self, message, errors):
        super().__init__(message, errors)
        self.split = catcher


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


def attempt():
    try:
        raise Group("g", [ValueError("v")])
    except* Probe:
        pass


main()
