# family: runner
# Escape: Formatter.render.register(fn) is judged by the annotations on the `def fn` statement, not on the object
# the name holds after decoration. The tool's decorator returns an inner function annotated with HINT, a string
# of code; singledispatchmethod.register -> singledispatch.register -> get_type_hints eval()s it.
import functools

HINT = "exec('import socket; SOCK = socket.socket()') or float"


def traced(fn):
    def inner(self, value: HINT):
        return fn(self, value)
    return inner


class Formatter:
    @functools.singledispatchmethod
    def render(self, value) -> str:
        return str(value)


@traced
def render_float(self, value: float) -> str:
    return f"{value:.2f}"


def tool(value):
    Formatter.render.register(render_float)
    return Formatter().render(value)
