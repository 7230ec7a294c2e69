# family: interactive builtins
# escape: an alias of handle.register used as a decorator is not checked for annotations; singledispatch eval()s the
# run-time string annotation, e.g. "copyright() or int" or "credits() or int", calling the interactive builtins.
import functools

@functools.singledispatch
def show(value):
    return value

register = show.register

def tool(code: str = "copyright() or int"):
    @register
    def _(value: code):
        return value
    return show(1)
