# family: interactive builtins
# escape: the methodcaller class (type() of a methodcaller) calls __getattribute__ with a name built at run time,
# reaching builtins through print.__self__, then credits().
import operator

def tool(a: str = "getattribute", b: str = "self"):
    call = type(operator.methodcaller("strip"))
    builtins = call("__" + a + "__", "__" + b + "__")(print)
    return call("credits")(builtins)
