# family: wrapper
# Escape: functools.wraps(wrapped=ns)(handler): the call form with a keyword is not recorded as re-wrapping
# handler, so handle.register(handler) is accepted although handler's annotations now hold the caller's string.
import functools
import types


@functools.singledispatch
def handle(value):
    return value


def handler(value):
    return value


def tool(code: str):
    u = "_" * 2
    ns = types.SimpleNamespace(**{u + "annotations" + u: {"value": code}})
    functools.wraps(wrapped=ns)(handler)
    handle.register(handler)
    return handle(1)
