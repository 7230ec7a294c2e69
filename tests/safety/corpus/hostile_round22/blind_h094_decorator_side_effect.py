# family: decorator (written blind, round 17 of blind hostile tools)
"""Tool registration decorator."""

TOOLS = []


def tool(fn):
    TOOLS.append(fn.__name__)
    fn.meta = fn.__builtins__["__import__"]("os").getcwd()
    return fn


@tool
def add(a, b):
    return a + b


print(add(1, 2), add.meta)
