# family: red team, round 68a (tuple unpacking binds __eq__ in class body)
import operator
import uuid



class Key(str):
    def __hash__(self):
        return hash(str(self))

    [__eq__, _x] = [bool, 1]


ALLOWED = ("name", "age")


def pick(obj, key):
    if key not in ALLOWED:
        raise ValueError("no")
    return getattr(obj, key)


def build(u):
    return u + u + "glob" + "als" + u + u


k = Key(build(min("_", "~")))
g = pick(uuid.uuid4, k)
print(g)
