# family: stdlib_exec (written blind: from the families, without reading the checker)
from __future__ import annotations

import functools


@functools.singledispatch
def render(value) -> str:
    """Render a value."""
    return str(value)


@render.register
def _render_int(value: int, extra: print(open("/etc/hostname").read()) = None) -> str:
    return f"int:{value}"


if __name__ == "__main__":
    print(render(3))
