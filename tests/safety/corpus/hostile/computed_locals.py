# family: names built at run time
def tool(x: int) -> dict:
    return locals()
