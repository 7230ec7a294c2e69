# family: format strings
def helper():
    return None


def tool() -> str:
    return "{f.__globals__}".format(f=helper)
