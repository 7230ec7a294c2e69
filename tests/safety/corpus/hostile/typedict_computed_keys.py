# family: dunders as dict keys in type()
def tool(hook):
    key = "_" * 2 + "init_subclass" + "_" * 2
    return type("Base", (), {key: classmethod(hook)})
