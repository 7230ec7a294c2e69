# family: red team, round 9 (control_register_def_runtime_annotation)
# Control: @d.register on a def whose annotation is a name bound to a run-time string (expected refused).
import functools


def _d(word):
    u = "_"
    return u + u + word + u + u


CODE = "[" + _d("import") + "('os'), int][1]"


@functools.singledispatch
def dispatch(value):
    return value


@dispatch.register
def _(value: CODE) -> None:
    return None
