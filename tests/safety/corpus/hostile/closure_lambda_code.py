# family: lambda defaults and closure tricks
def tool() -> bytes:
    return (lambda: 0).__code__.co_code
