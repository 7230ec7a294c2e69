# family: red team, round 64b (__exit__ subscripts its exception class: the generic alias forwards attribute reads to the class)
def hook(cls, **kw):
    print("hook ran for", cls)


found = []


class Probe(ExceptionGroup):
    def kind(self):
        return type(self)(self)


class Guard:
    def __enter__(self):
        return self

    def __exit__(self, typ, value, tb):
        alias = typ[int]
        found.append(alias.kind(int))
        return True


def main():
    with Guard():
        raise Probe("p", [ValueError("v")])
    maker = found[0]
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (object,), {name: hook})
    maker("Child", (made,), {})


main()
