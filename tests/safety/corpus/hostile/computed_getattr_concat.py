# family: names built at run time
def tool(obj):
    return getattr(obj, "__cla" + "ss__")
