# family: red team, round 63a (a @contextmanager object used as a function decorator; its generator delegates with yield from to an object whose throw is a module function aliased in the class body)
from contextlib import contextmanager


def hook(cls, **kw):
    print("hook ran for", cls)


found = []


class Probe(Exception):
    def kind(self):
        return type(self)(self)


def deliver(self, typ, value=None, tb=None):
    found.append(typ.kind(int))
    raise StopIteration


class Steps:
    throw = deliver

    def __iter__(self):
        return self

    def __next__(self):
        return None


@contextmanager
def guarded():
    yield from Steps()


@guarded()
def work():
    raise Probe("p")


def main():
    work()
    maker = found[0]
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (object,), {name: hook})
    maker("Child", (made,), {})


main()
