# family: names built at run time
def tool(obj):
    return getattr(obj, "__ssalc__"[::-1])
