# family: dunder attribute walks
def tool(obj):
    return obj.__reduce_ex__(2)
