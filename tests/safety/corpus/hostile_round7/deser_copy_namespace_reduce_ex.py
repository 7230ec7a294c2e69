# family: deser
# Attempt: an instance-level __reduce_ex__ makes copy.copy call any callable (a reduce hook).
import copy
import types


def clone(h):
    """Clone."""
    return copy.copy(types.SimpleNamespace(__reduce_ex__=h))
