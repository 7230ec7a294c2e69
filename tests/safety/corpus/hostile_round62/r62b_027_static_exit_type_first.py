# family: red team, round 62b (a staticmethod __exit__ gets the exception class as its first parameter, where the __exit__ rule does not look)
def hook(cls, **kw):
    print("hook ran for", cls)


found = []


class Probe(Exception):
    def kind(self):
        return type(self)(self)


class Guard:
    def __enter__(self):
        return self

    @staticmethod
    def __exit__(exc_type, exc, tb):
        found.append(exc_type.kind(int))
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
