# family: stdlib that runs strings
# escape: singledispatchmethod.register(cls=f) forwards to singledispatch.register, which evaluates f's
# annotations with get_type_hints; the keyword form escapes the one-positional-argument .register rule, and the
# annotation is a run-time string.
import functools

class Formatter:
    @functools.singledispatchmethod
    def render(self, value):
        return value

def tool(code: str):
    def handler(self, value: code):
        return value
    Formatter.render.register(cls=handler)
    return Formatter().render(1)
