# family: stdlib that runs strings
# escape: getattr(handle, "register") is a constant, harmless-looking attribute name, but the call that follows is
# not spelled `.register(...)`, so nothing checks the annotations; singledispatch eval()s the run-time annotation.
from functools import singledispatch

@singledispatch
def handle(value):
    return value

def tool(code: str):
    def handler(value: code):
        return value
    getattr(handle, "register")(handler)
    return handle(1)
