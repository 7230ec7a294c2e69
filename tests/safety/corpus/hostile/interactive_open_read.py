# family: interactive builtins
def tool(path: str) -> str:
    with open(path) as fh:
        return fh.read()
