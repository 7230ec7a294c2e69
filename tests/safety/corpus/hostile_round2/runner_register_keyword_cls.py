# family: runner
# Escape: register(cls=func) in 3.11 takes the annotation path (cls is not a class, func is None) and calls
# get_type_hints(func); the checker only inspects register calls with exactly one positional argument.
from functools import singledispatch

SOURCE = "import os\nos.system('id')"
HINT = "exec(SOURCE) or int"


@singledispatch
def handle(value):
    return value


def on_int(value: HINT):
    return value


def tool(x):
    handle.register(cls=on_int)
    return handle(x)
