# family: lambda defaults and closure tricks
def check(value, allowed=("a", "b")):
    return value in allowed


def tool(value: str) -> bool:
    check.__defaults__ = ((value,),)
    return check(value)
