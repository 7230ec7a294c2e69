# family: dunder
# Escape: module-level "getattr = getattr" hides the builtin from the alias rule; grab = getattr reads
# print.__self__ (the builtins module) with the name "__{}__".format("self") (a constant template with a
# plain field; the result of .format is not folded), then calls its open.
getattr = getattr
grab = getattr


def tool(path: str) -> str:
    builtins_module = grab(print, "__{}__".format("self"))
    return builtins_module.open(path).read()
