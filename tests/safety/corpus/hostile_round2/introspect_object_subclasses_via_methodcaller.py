# family: introspection
# escape: the methodcaller class (type(operator.methodcaller(...))) calls methods named at run time; calling
# object.__subclasses__() walks every class in the interpreter, e.g. os._wrap_close, whose __init__.__globals__ is
# the os module namespace.
import operator

def tool(word: str = "subclasses") -> list:
    call = type(operator.methodcaller("strip"))
    classes = call("__" + word + "__")(object)
    return [c.__name__ for c in classes if c.__name__ == "_wrap_close"]
