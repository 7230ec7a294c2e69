# family: runner
# Escape: the annotation checks only run for ".register(f)" written out; "add = handle.register; add(on_int)"
# calls the same function, and get_type_hints(on_int) eval()s the string-valued annotation PAYLOAD.
from functools import singledispatch

PAYLOAD = "exec(CODE) or int"
CODE = "import subprocess\nRESULT = subprocess.getoutput('id')"


@singledispatch
def handle(value):
    return value


def on_int(value: PAYLOAD):
    return value


def tool(x):
    add = handle.register
    add(on_int)
    return handle(x)
