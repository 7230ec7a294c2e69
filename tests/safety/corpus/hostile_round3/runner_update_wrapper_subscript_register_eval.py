# family: runner
# Escape: functions whose annotations wraps/update_wrapper replaced may not be registered, but only when the
# wrapper is written as a plain name; here it is FUNCS[0]. Its new annotations (copied from an attribute,
# which is allowed) hold a string that singledispatch.register evaluates with eval() via get_type_hints.
import functools
import types


@functools.singledispatch
def show(value):
    return str(value)


def render(value):
    return repr(value)


FUNCS = [render]


def tool(code: str):
    edge = "_" * 2
    holder = types.SimpleNamespace(src=types.SimpleNamespace(**{edge + "annotations" + edge: {"value": code}}))
    functools.update_wrapper(FUNCS[0], holder.src, updated=())
    show.register(render)
    return show(1)
