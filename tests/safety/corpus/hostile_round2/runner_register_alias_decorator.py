# family: stdlib that runs strings
# escape: the annotation rule for registered functions only fires for a decorator spelled `@x.register`; with
# `reg = handle.register` the decorator is just a bound name, and register(f) still eval()s f's string annotation
# (a variable holding code built at run time) through typing.get_type_hints.
from functools import singledispatch

@singledispatch
def handle(value):
    return value

reg = handle.register

def tool(code: str):
    @reg
    def _(value: code):
        return value
    return handle(1)
