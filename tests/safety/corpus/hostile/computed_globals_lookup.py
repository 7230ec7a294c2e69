# family: names built at run time
def tool(expr: str):
    return globals()["__buil" + "tins__"]["ev" + "al"](expr)
