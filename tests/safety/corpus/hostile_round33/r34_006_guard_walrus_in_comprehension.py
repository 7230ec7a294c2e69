# family: red team, round 34 (guards: walrus in a comprehension rebinds the guarded key)
def helper():
    return 1


def read(obj, key, evil):
    if key not in ("name",):
        raise KeyError(key)
    [(key := e) for e in [evil]]
    return getattr(obj, key)


print(read(helper, "name", bytes([95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95]).decode()))
