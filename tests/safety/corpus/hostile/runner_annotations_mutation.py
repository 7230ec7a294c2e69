# family: stdlib that runs strings
from functools import singledispatch


@singledispatch
def handle(value):
    return value


def handler(value):
    return value


def tool(code: str):
    handler.__annotations__["value"] = code
    handle.register(handler)
    return handle(1)
