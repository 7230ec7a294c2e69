# family: runner
# Escape: with "from __future__ import annotations" the annotation Plan.HINT is stored as the string
# "Plan.HINT"; get_type_hints eval()s it to the string "exec(CODE) or int", which typing converts to another
# ForwardRef and eval()s again. The checker accepts Plan.HINT as an attribute of a class.
from __future__ import annotations

from functools import singledispatch

CODE = "import os\nos.system('id')"


class Plan:
    HINT = "exec(CODE) or int"


@singledispatch
def handle(value):
    return value


@handle.register
def _(value: Plan.HINT):
    return value


def tool(x):
    return handle(x)
