# family: red team, round 63a (a @contextmanager function returning an object whose throw() receives the raised exception's class)
from contextlib import contextmanager


def hook(cls, **kw):
    print("hook ran for", cls)


found = []


class Probe(Exception):
    def kind(self):
        return type(self)(self)


class FakeGen:
    def __next__(self):
        return None

    def throw(self, typ, value, tb):
        found.append(typ.kind(int))
        return None

    def close(self):
        return None


@contextmanager
def opened():
    return FakeGen()


def main():
    try:
        with opened():
            raise Probe("p")
    except RuntimeError:
        pass
    maker = found[0]
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (object,), {name: hook})
    maker("Child", (made,), {})


main()
