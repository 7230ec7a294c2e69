# family: red team, round 63a (yield from a delegate whose throw is an instance attribute holding a plain function: the interpreter hands it the exception class)
from contextlib import contextmanager


def hook(cls, **kw):
    print("hook ran for", cls)


found = []


class Probe(Exception):
    def kind(self):
        return type(self)(self)


def deliver(typ, value=None, tb=None):
    found.append(typ.kind(int))
    raise StopIteration


class Steps:
    def __init__(self, handler):
        self.throw = handler

    def __iter__(self):
        return self

    def __next__(self):
        return None


@contextmanager
def opened():
    yield from Steps(deliver)


def main():
    with opened():
        raise Probe("p")
    maker = found[0]
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (object,), {name: hook})
    maker("Child", (made,), {})


main()
