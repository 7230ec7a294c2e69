# family: stdlib that runs strings
# escape: the registered function's own annotations are clean, but @functools.wraps(src) (applied first) copies
# src.__annotations__ onto it; src's annotation is the run-time string `code`, which singledispatch's
# get_type_hints then eval()s. The checker only looks at the annotations written on the decorated def.
import functools

@functools.singledispatch
def handle(value):
    return value

def tool(code: str):
    def src(value: code): ...
    @handle.register
    @functools.wraps(src)
    def _(value):
        return value
    return handle(1)
