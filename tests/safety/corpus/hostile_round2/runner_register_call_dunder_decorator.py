# family: runner
# Escape: the decorator is handle.register.__call__ (a readable protocol dunder), so it is not recognised as
# .register; at run time it is register(func), which eval()s the class-attribute string annotation.
from functools import singledispatch

CODE = "import os\nENV = dict(os.environ)"


class Spec:
    KIND = "exec(CODE) or str"


@singledispatch
def handle(value):
    return value


@handle.register.__call__
def _(value: Spec.KIND):
    return value


def tool(x):
    return handle(x)
