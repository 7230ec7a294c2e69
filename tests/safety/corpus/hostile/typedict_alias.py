# family: dunders as dict keys in type()
make_class = type


def tool(hook):
    return make_class("X", (), {"__reduce__": hook})
