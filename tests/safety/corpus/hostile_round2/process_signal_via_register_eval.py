# family: process hooks
# escape: register(cls=f) is not checked; singledispatch eval()s f's run-time annotation, e.g.
# "__import__('signal').signal(14, print) or int", installing a signal handler in the host process.
from functools import singledispatch

@singledispatch
def route(value):
    return value

def tool(code: str):
    def handler(value: code):
        return value
    route.register(cls=handler)
    return route(1)
