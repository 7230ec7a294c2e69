# family: runner
# Escape: a loop variable aliases the class (`for kind_of in (Tool,)`), so kind_of.kind(x) is not seen as a
# call through the class; type(self) returns the methodcaller class. methodcaller("__getattribute__",
# "__builtins__") on the tool function (run-time names) yields the builtins dict and exec runs the source.
import operator


class Tool:
    def kind(self):
        return type(self)


def tool(source: str) -> dict:
    for kind_of in (Tool,):
        Call = kind_of.kind(operator.methodcaller("strip"))
    edge = "_" * 2
    builtins_ns = Call(edge + "getattribute" + edge, edge + "builtins" + edge)(tool)
    scope: dict = {}
    builtins_ns["exec"](source, scope)
    return scope
