# family: runner
# Escape: annotations copied by wraps() are tracked only for `@wraps(...)` and update_wrapper(name, ...);
# functools.wraps(src)(render) (the same call in two steps) copies __annotations__ onto render unnoticed.
# The source is an attribute (allowed) holding a string annotation, which .register evaluates with eval().
import functools
import types


@functools.singledispatch
def show(value):
    return str(value)


def render(value):
    return repr(value)


def tool(code: str):
    edge = "_" * 2
    box = types.SimpleNamespace(src=types.SimpleNamespace(**{edge + "annotations" + edge: {"value": code}}))
    functools.wraps(box.src, updated=())(render)
    show.register(render)
    return show(1)
