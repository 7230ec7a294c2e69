# family: names built at run time
lookup = getattr


def tool(obj):
    return lookup(obj, "__class__")
