# family: wrapper
# Escape: update_wrapper marks its first positional argument as "rewrapped" (so .register refuses it), but
# not `wrapper=` given by keyword; the copied __annotations__ come from a SimpleNamespace with a run-time key,
# and .register(handler) eval()s them.
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
    functools.update_wrapper(wrapper=handler, wrapped=ns)
    handle.register(handler)
    return handle(1)
