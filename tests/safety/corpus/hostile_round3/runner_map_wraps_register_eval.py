# family: runner
# Escape: functools.wraps(src) is a copier applied later: map() applies it to render, copying a string
# annotation onto it, and the checker never marks render as rewrapped. singledispatch.register(render) then
# evaluates the annotation with eval() through typing.get_type_hints.
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
    list(map(functools.wraps(box.src, updated=()), [render]))
    show.register(render)
    return show(1)
