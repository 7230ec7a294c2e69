# family: red team, round 33 (library_methods._library_bases: a base named through an alias)
from collections import Counter


class Tally(Counter):
    pass


Alias = Tally


class Box(Alias):
    pass


def hook(cls, **kw):
    print("hook ran for", cls.__name__)


def main():
    meta = Box.copy(int)
    print(meta)
    name = bytes([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95]).decode()
    base = meta("Base", (), {name: classmethod(hook)})
    meta("Child", (base,), {})


main()
