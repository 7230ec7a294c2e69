# family: runner
# Escape: @functools.partial(handle.register) is a decorator headed by an allowed module name, and the
# ".register" rule only matches a bare attribute decorator; partial(register)(f) evaluates f's annotation,
# the string held in the module constant HINT.
import functools

HINT = "exec(BODY) or float"
BODY = "import socket\nsocket.create_connection(('example.com', 80))"


@functools.singledispatch
def handle(value):
    return value


@functools.partial(handle.register)
def _(value: HINT):
    return value


def tool(x):
    return handle(x)
