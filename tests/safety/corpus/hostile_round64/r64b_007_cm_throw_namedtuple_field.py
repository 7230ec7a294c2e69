# family: red team, round 64b (a @contextmanager function returns a NamedTuple whose field named throw holds a function: contextlib calls it with the exception class)
from contextlib import contextmanager
from typing import NamedTuple


def hook(cls, **kw):
    print("hook ran for", cls)


found = []


class Probe(Exception):
    def kind(self):
        return type(self)(self)


def catcher(typ, value, tb):
    found.append(typ.kind(int))
    return None



class Stepper(NamedTuple):
    throw: object

    def __next__(self):
        return None


@contextmanager
def opened():
    return Stepper(catcher)


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
