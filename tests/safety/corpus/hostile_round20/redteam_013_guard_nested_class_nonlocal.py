# family: red team, round 20 (classes reaching parameters unnoticed; allow-list guards)
# Guard rebinding: nonlocal in class bodies defined before the guard, nested two deep.
# Expected refused (class-body nonlocal, and nonlocal reaching past a function).
def helper():
    return 1


def read(obj, key, evil):
    class C:
        nonlocal key
        def m(self):
            return 0
        key = evil if False else key
    def swap():
        class D:
            nonlocal key
            key = evil
        return D
    if key in ("name", "age"):
        swap()
        return getattr(obj, key)
    return None


g = read(helper, "name", "".join(reversed("__slabolg__")))
print(sorted(g.keys())[:6])
