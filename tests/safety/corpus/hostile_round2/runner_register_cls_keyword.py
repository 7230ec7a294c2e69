# family: stdlib that runs strings
# escape: the .register rule only inspects `x.register(f)` with one positional argument; register(cls=handler) goes
# unchecked, and singledispatch then calls typing.get_type_hints(handler), which eval()s the string annotation the
# tool built at run time (the parameter `code`), e.g. "__import__('os').getcwd() or int".
from functools import singledispatch

@singledispatch
def handle(value):
    return value

def tool(code: str):
    def handler(value: code):
        return value
    handle.register(cls=handler)
    return handle(1)
