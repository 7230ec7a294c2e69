# family: stdlib that runs strings
# escape: register(handler, None) has two positional arguments, so the one-argument .register rule is skipped;
# func=None with a non-class first argument makes singledispatch evaluate handler's annotations with
# get_type_hints, i.e. eval() of the run-time string `code`.
import functools

@functools.singledispatch
def handle(value):
    return value

def tool(code: str):
    def handler(value: code):
        return value
    handle.register(handler, None)
    return handle(1)
