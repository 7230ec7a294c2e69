# family: dunder attribute walks
def tool(obj):
    return object.__getattribute__(obj, "__class__")
