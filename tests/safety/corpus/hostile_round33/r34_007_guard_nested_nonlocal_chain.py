# family: red team, round 34 (guards: nonlocal from two levels down rebinds the guarded key)
def helper():
    return 1


def read(obj, key, evil):
    def outer():
        nonlocal key
        def inner():
            nonlocal key
            key = evil
        inner()
    if key not in ("name",):
        raise KeyError(key)
    outer()
    return getattr(obj, key)


print(read(helper, "name", bytes([95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95]).decode()))
