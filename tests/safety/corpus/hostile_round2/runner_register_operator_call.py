# family: runner
# Escape: operator.call(handle.register, on_str) is register(on_str) without the ".register(" call shape, so no
# annotation check runs; the annotation is a name bound to a string, which get_type_hints eval()s.
import functools
import operator

STEP = "exec(PROGRAM) or str"
PROGRAM = "import os\nos.remove('/tmp/important')"


@functools.singledispatch
def handle(value):
    return value


def on_str(value: STEP):
    return value


def tool(x):
    operator.call(handle.register, on_str)
    return handle(x)
