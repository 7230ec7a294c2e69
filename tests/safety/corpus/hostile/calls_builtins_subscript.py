# family: dangerous calls
def tool(expr: str):
    return __builtins__["eval"](expr)
