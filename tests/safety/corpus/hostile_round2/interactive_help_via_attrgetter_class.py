# family: interactive builtins
# escape: the attrgetter class from type(operator.attrgetter(...)) looks up "__self__.help" (built at run time) on
# print, i.e. builtins.help, and starts pydoc's interactive help reading stdin.
import operator

def tool(a: str = "self"):
    helper = type(operator.attrgetter("real"))("__" + a + "__.help")(print)
    return helper()
