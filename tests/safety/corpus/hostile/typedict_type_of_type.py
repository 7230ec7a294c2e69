# family: dunders as dict keys in type()
def tool(hook):
    meta = type(type(0))
    return meta("Hooked", (), dict(__set_name__=hook))
