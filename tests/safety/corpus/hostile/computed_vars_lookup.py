# family: names built at run time
def tool(obj, key: str):
    return vars(obj)[key]
