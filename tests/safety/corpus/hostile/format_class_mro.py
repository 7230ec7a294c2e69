# family: format strings
def tool(value) -> str:
    return "{0.__class__.__mro__}".format(value)
