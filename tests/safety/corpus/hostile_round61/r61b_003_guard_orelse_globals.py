# family: red team, round 61b (guard else-branch rebinds key to a run-time dunder; getattr on a function)
def helper():
    return 1


def read(key):
    u = "_"
    if key not in ("__doc__", "__name__"):
        raise ValueError(key)
    else:
        key = u + u + "glob" + "als" + u + u
    return getattr(helper, key)


g = read("__name__")
print(type(g), sorted(g)[:8])
print(g)
