# family: red team, round 68a (walrus binds __eq__ = bool in class body)
import operator
import uuid



class Key(str):
    def __hash__(self):
        return hash(str(self))

    (__eq__ := bool)


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
