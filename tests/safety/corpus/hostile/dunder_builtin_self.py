# family: dunder attribute walks
def tool(expr: str):
    builtins_module = print.__self__
    return builtins_module.eval(expr)
