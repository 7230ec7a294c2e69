# family: runner
# Escape: update_wrapper(name, ...) marks `name` as carrying copied annotations, but only when it is the first
# positional argument; written as wrapper=render it is missed. The copied annotation is a string, and
# singledispatch.register evaluates it with eval() (typing.get_type_hints).
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
    functools.update_wrapper(wrapper=render, wrapped=box.src, updated=())
    show.register(render)
    return show(1)
