# family: combinations
# escape: filter(handle.register, handlers) calls register on each handler without a `.register(...)` call in the
# source; the handler's annotation is a run-time string that singledispatch eval()s via get_type_hints.
from functools import singledispatch

@singledispatch
def handle(value):
    return value

def tool(code: str):
    def handler(value: code):
        return value
    list(filter(handle.register, [handler]))
    return handle(1)
