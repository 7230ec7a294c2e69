# family: dunders as dict keys in type()
def tool(name: str, bases: tuple, members: dict):
    return type(name, bases, members)
