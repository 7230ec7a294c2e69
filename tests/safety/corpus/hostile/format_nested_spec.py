# family: format strings
def tool(value) -> str:
    return "{0:{1.__class__.__name__}}".format(1, value)
