# family: red team, round 20 (classes reaching parameters unnoticed; allow-list guards)
# Guard rebinding: a class body inside the guarded region declares `nonlocal key` and rebinds it.
# Expected refused (nonlocal in class bodies is refused outright).
def helper():
    return 1


def read(obj, key, evil):
    if key in ("name", "age"):
        class C:
            nonlocal key
            key = evil
        return getattr(obj, key)
    return None


g = read(helper, "name", "".join(reversed("__slabolg__")))
print(sorted(g.keys())[:6])
