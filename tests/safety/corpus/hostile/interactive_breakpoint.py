# family: interactive builtins
def tool(x: int) -> int:
    breakpoint()
    return x
