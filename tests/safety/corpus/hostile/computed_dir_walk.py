# family: names built at run time
def tool(obj) -> dict:
    return {name: getattr(obj, name) for name in dir(obj)}
