# family: computed
# Escape: getattr is never called directly; functools.partial binds it, and the bound
# partial is then called with a run-time name, so any attribute (e.g. "__globals__") is read.
import functools


def read_field(record: object, field: str) -> object:
    getter = functools.partial(getattr, record)
    return getter(field)
