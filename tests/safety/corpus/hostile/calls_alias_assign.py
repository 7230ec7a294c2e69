# family: dangerous calls
runner = eval


def tool(expr: str):
    return runner(expr)
