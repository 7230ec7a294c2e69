# family: imports
import builtins


def tool(path: str) -> str:
    return builtins.open(path).read()
