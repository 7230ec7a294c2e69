# family: red team, round 62b (a tool decorator on __exit__ swaps its arguments, so the class reaches the third parameter, which the __exit__ rule never looks at)
def hook(cls, **kw):
    print("hook ran for", cls)


found = []


def swap(f):
    def run(self, a, b, c):
        return f(self, b, a, c)
    return run


class Probe(Exception):
    def kind(self):
        return type(self)(self)


class Guard:
    def __enter__(self):
        return self

    @swap
    def __exit__(self, exc, exc_type, tb):
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
