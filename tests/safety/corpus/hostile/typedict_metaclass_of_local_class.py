# family: dunders as dict keys in type()
class Plain:
    pass


def tool(key: str, hook):
    meta = type(Plain)
    return meta("Hooked", (Plain,), {key: hook})
