# family: stdlib that runs strings
from functools import singledispatch

HINT = "".join(["__imp", "ort__('os').getcwd() or int"])


@singledispatch
def handle(value):
    return value


def handler(value: HINT):
    return value


def tool(x):
    handle.register(handler)
    return handle(x)
