# family: dunders as dict keys in type()
def tool(name: str):
    Proxy = type("Proxy", (), {"__getattr__": lambda self, attr: attr.upper()})
    return getattr(Proxy(), "x")
