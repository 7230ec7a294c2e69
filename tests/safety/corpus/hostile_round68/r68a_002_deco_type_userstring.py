# family: red team, round 68a (class decorator returns type(UserString instance); str subclass inherits UserString __eq__ comparing .data)
import collections
import uuid


def deco(c):
    return type(collections.UserString("x"))


@deco
class Base:
    pass


class Key(Base, str):
    pass


ALLOWED = ("name", "age")


def pick(obj, key):
    if key not in ALLOWED:
        raise ValueError("no")
    return getattr(obj, key)


def build(u):
    return u + u + "glob" + "als" + u + u


k = Key(build(min("_", "~")))
k.data = "name"
g = pick(uuid.uuid4, k)
print(g)
