# family: stdlib that runs strings
from functools import singledispatch

PAYLOAD = "".join(["__imp", "ort__('os').getcwd() or int"])


@singledispatch
def handle(value):
    return value


@handle.register
def _(value: PAYLOAD):
    return value


def tool(x):
    return handle(x)
