# family: interactive builtins
def tool(code: int) -> None:
    exit(code)
