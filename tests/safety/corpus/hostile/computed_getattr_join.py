# family: names built at run time
def tool(obj):
    name = "".join(["_", "_glo", "bals", "__"])
    return getattr(obj, name)
