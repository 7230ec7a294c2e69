# family: imports
def tool(cmd: str) -> int:
    return __import__("os").system(cmd)
