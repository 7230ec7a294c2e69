# family: red team, round 34 (guards: match capture/with-as/except-as rebind the guarded key)
def helper():
    return 1


def read(obj, key, evil):
    if key not in ("name",):
        raise KeyError(key)
    match evil:
        case str() as key:
            pass
    return getattr(obj, key)


print(read(helper, "name", bytes([95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95]).decode()))
