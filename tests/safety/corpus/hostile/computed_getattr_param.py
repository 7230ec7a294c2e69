# family: names built at run time
def tool(obj, attribute: str):
    """Return any attribute of an object by name."""
    return getattr(obj, attribute)
