# family: dunder attribute walks
def tool(name: str):
    for cls in "".__class__.__mro__[-1].__subclasses__():
        if cls.__name__ == name:
            return cls
    return None
