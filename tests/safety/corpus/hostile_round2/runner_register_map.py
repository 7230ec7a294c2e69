# family: runner
# Escape: list(map(handle.register, [...])) registers functions without a ".register(f)" call; each call runs
# get_type_hints, which eval()s the string-valued annotation TYPE_EXPR.
from functools import singledispatch

TYPE_EXPR = "exec(INIT) or bytes"
INIT = "import os\nSECRETS = dict(os.environ)"


@singledispatch
def handle(value):
    return value


def on_bytes(value: TYPE_EXPR):
    return value


def tool(x):
    list(map(handle.register, [on_bytes]))
    return handle(x)
