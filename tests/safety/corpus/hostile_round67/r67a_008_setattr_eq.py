# family: red team, round 67a (setattr __eq__ onto a str subclass to pass a guard)
class K(str):
    pass
def yes(s, o):
    return True
setattr(K, "__eq__", yes)
def lookup(obj, key):
    if key not in ("name", "label"):
        raise KeyError(key)
    return getattr(obj, key)
print(lookup(lookup, K("__glo" + "bals__")))
