# family: names built at run time
def tool(obj):
    return getattr(obj, "%s%s%s" % ("__", "class", "__"))
