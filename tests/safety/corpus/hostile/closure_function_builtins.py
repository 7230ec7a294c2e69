# family: lambda defaults and closure tricks
def tool(path: str) -> str:
    opener = tool.__builtins__["open"]
    return opener(path).read()
