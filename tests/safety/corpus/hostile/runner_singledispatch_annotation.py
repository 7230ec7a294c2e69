# family: stdlib that runs strings
from functools import singledispatch


@singledispatch
def handle(value):
    return value


@handle.register
def _(value: "exec('import os') or int"):
    return value


def tool(x):
    return handle(x)
