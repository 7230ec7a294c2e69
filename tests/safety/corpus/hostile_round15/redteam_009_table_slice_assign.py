# family: red team, round 15 (scopes: nonlocal, name mangling, class bodies, global in blocks, getattr tables)
# Chain (attempt): FIELDS is a list display of identifiers; a slice assignment FIELDS[:] = [...] swaps its
# contents for "__globals__" before `for k in FIELDS: getattr(helper, k)`. Expected refused: the store is not
# a read, so read_only_table() fails.
def helper():
    return 1

FIELDS = ["name"]

def grab(fn):
    FIELDS[:] = ["".join(reversed("__slabolg__"))]
    for k in FIELDS:
        return getattr(fn, k)

print(sorted(grab(helper).keys())[:6])
