# family: red team, round 45 (near-miss: updated=("__dict__",) written out)
import functools
import types
import warnings


def copy_onto(target, source):
    functools.update_wrapper(target, source, updated=("__dict__",))
    return target


print(copy_onto(types.SimpleNamespace(), warnings.catch_warnings()))
