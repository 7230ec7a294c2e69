# family: FFI
# escape: register(f, None) skips the one-argument .register rule; singledispatch eval()s f's annotation, a run-time
# string such as "__import__('ctypes').memmove(dst, src, n) or int": arbitrary memory writes.
from functools import singledispatch

@singledispatch
def convert(value):
    return value

def tool(code: str):
    def raw(value: code):
        return value
    convert.register(raw, None)
    return convert(0)
