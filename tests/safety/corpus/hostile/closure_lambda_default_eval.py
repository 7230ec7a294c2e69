# family: lambda defaults and closure tricks
def tool(expr: str):
    evaluate = lambda text, engine=eval: engine(text)
    return evaluate(expr)
