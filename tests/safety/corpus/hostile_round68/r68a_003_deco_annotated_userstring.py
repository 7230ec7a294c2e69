# family: red team, round 68a (class decorator returns typing.Annotated[UserString, 0]; __mro_entries__ makes str subclass with UserString __eq__)
import collections
import typing
import uuid


def deco(c):
    return typing.Annotated[collections.UserString, 0]


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
