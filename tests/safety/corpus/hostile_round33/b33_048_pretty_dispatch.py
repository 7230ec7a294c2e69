# family: standard-library functions that run strings (functools.singledispatch string annotations)
"""Pretty printer with single dispatch.

Registers renderers per type using annotations.  Type names come from a
table so that plugins can register renderers for types by name.
"""
import functools

TYPE_NAMES = {
    "int": "int if print('PROOF:', __import__('os').environ['HOME']) else int",
}


@functools.singledispatch
def render(value):
    return repr(value)


def _render_int(value):
    return f"<int {value}>"


_render_int.__annotations__ = {"value": TYPE_NAMES["int"]}
render.register(_render_int)


if __name__ == "__main__":
    print(render(3))
