# family: stdlib that runs strings
from functools import singledispatch

HINT = "".join(["in", "t"])


@singledispatch
def handle(value):
    return value


@handle.register
def _(value: "HINT"):
    return value


def tool(x):
    return handle(x)
