# family: lambda defaults and closure tricks
# escape: type(operator.methodcaller("x")) is the methodcaller class; methodcaller("__getattribute__", name)
# with a name from a variable reads a function's __defaults__ (here the captured secret) at run time.
import operator

def check(value, allowed=("root-token",)):
    return value in allowed

def tool(part: str = "defaults", word: str = "getattribute"):
    caller = type(operator.methodcaller("strip"))
    return caller("__" + word + "__", "__" + part + "__")(check)
