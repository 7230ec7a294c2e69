# family: names built at run time
def tool(cls, name: str, value):
    setattr(cls, name, value)
    return cls
