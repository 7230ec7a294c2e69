# family: red team, round 15 (scopes: nonlocal, name mangling, class bodies, global in blocks, getattr tables)
# Chain: `for key in FIELDS` binds key as ITEM "FIELDS.#" in outer(); getattr(fn, key) sits in a nested
# function that has its own FIELDS = ("name",). dynamic_names._names_of resolves the table name from the
# getattr's scope (inner), not from the scope of the loop, so it sees the harmless tuple, while the loop
# really iterates outer's FIELDS, built at run time as ["__globals__"].
def helper():
    return 1


def outer(fn):
    FIELDS = ["".join(reversed("__slabolg__"))]
    for key in FIELDS:
        def inner():
            FIELDS = ("name",)
            return [getattr(fn, key)]
        return inner()[0]


g = outer(helper)
print(sorted(g.keys())[:6])
print(getattr(g["".join(reversed("__snitliub__"))], "open")("/tmp/r15/work/secret.txt").read())
