# family: names built at run time
def tool(obj):
    return getattr(obj, "\x5f\x5fclass\x5f\x5f")
