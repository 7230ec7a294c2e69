# family: red team, round 20 (classes reaching parameters unnoticed; allow-list guards)
# Guard rebinding: a nested def declares `nonlocal key` and rebinds it through a walrus in a comprehension,
# called inside the `if key in (...)` region. Expected: dynamic_names._guarded sees the nonlocal bind.
def helper():
    return 1


def read(obj, key, evil):
    def swap():
        nonlocal key
        [key := e for e in (evil,)]
        return 0

    if key in ("name", "age"):
        swap()
        return getattr(obj, key)
    return None


g = read(helper, "name", "".join(reversed("__slabolg__")))
print(sorted(g.keys())[:6])
