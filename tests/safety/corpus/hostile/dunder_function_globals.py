# family: dunder attribute walks
def tool(expr: str):
    builtins = tool.__globals__["__builtins__"]
    return builtins["eval"](expr) if isinstance(builtins, dict) else builtins.eval(expr)
