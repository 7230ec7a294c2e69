# family: stdlib that runs strings
# escape: update_wrapper(handler, src) with its default WRAPPER_ASSIGNMENTS copies __annotations__ from src (whose
# annotation is the run-time string `code`) onto the module-level handler the checker vetted; handle.register(handler)
# then eval()s that string via typing.get_type_hints.
import functools

@functools.singledispatch
def handle(value):
    return value

def handler(value):
    return value

def tool(code: str):
    def src(value: code): ...
    functools.update_wrapper(handler, src)
    handle.register(handler)
    return handle(1)
