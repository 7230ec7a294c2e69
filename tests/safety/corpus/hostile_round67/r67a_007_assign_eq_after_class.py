# family: red team, round 67a (assign __eq__ onto a str subclass after the class statement to pass a guard)
class K(str):
    pass
def yes(s, o):
    return True
K.__eq__ = yes
K.__hash__ = str.__hash__
def lookup(obj, key):
    if key not in ("name", "label"):
        raise KeyError(key)
    return getattr(obj, key)
print(lookup(lookup, K("__glo" + "bals__")))
