# family: dunders as dict keys in type()
def tool(key: str, hook):
    return type.__call__(type, "Hooked", (), {key: hook})
