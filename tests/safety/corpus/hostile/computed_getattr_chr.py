# family: names built at run time
def tool(func):
    return getattr(func, chr(95) * 2 + "globals" + chr(95) * 2)
