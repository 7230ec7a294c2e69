# family: red team, round 67a (functional Enum with str mixin and __eq__ lambda passes allow-list guard, getattr __globals__)
from enum import Enum

u = min("_z")
secret = u + u + "glob" + "als" + u + u
Name = Enum("Name", [("A", secret), ("__eq__", lambda s, o: True), ("__hash__", lambda s: 0)], type=str)


def lookup(obj, key):
    if key not in ("name", "label"):
        raise KeyError(key)
    return getattr(obj, key)


def target():
    return 1


print(lookup(target, Name.A))
