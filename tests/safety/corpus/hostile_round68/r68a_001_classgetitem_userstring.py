# family: red team, round 68a (tool class __class_getitem__ returns UserString as base of str subclass; guard passes via data)
import collections
import uuid


class Maker:
    def __class_getitem__(cls, item):
        return collections.UserString


class Key(Maker[0], str):
    pass


ALLOWED = ("name", "age")


def pick(obj, key):
    if key not in ALLOWED:
        raise ValueError("no")
    return getattr(obj, key)


k = Key("__globals__")
k.data = "name"
g = pick(uuid.uuid4, k)
print(g)
