# family: red team, round 63a (a real @contextmanager generator delegating with yield from: the interpreter calls the delegate's throw(typ, value, tb) with the exception class)
from contextlib import contextmanager


def hook(cls, **kw):
    print("hook ran for", cls)


found = []


class Probe(Exception):
    def kind(self):
        return type(self)(self)


class Steps:
    def __iter__(self):
        return self

    def __next__(self):
        return None

    def throw(self, typ, value=None, tb=None):
        found.append(typ.kind(int))
        raise StopIteration


@contextmanager
def opened():
    yield from Steps()


def main():
    with opened():
        raise Probe("p")
    maker = found[0]
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (object,), {name: hook})
    maker("Child", (made,), {})


main()
