# family: stdlib that runs strings
# escape: map(handle.register, [handler]) calls register without any `.register(...)` call in the source, so the
# checker never inspects handler's annotation, which singledispatch eval()s (a string built at run time).
from functools import singledispatch

@singledispatch
def handle(value):
    return value

def tool(code: str):
    def handler(value: code):
        return value
    list(map(handle.register, [handler]))
    return handle(1)
