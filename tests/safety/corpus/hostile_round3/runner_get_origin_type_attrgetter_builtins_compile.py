# family: runner
# Escape: typing.get_origin(type[int]) is `type` (`type` is only a subscript base here, an allowed operand
# use). type(attrgetter) is the attrgetter class; it reads tool.__builtins__ (run-time name), whose compile and
# exec run code from a string.
import operator
import typing


def tool(source: str) -> dict:
    meta = typing.get_origin(type[int])
    Getter = meta(operator.attrgetter("real"))
    edge = "_" * 2
    builtins_ns = Getter(edge + "builtins" + edge)(tool)
    scope: dict = {}
    builtins_ns["exec"](builtins_ns["compile"](source, "<tool>", "exec"), scope)
    return scope
