# family: red team, round 45 (update_wrapper(..., updated=functools.WRAPPER_UPDATES) still copies __dict__, but any `updated` keyword makes the checker think no __dict__ is copied: catch_warnings' state onto a SimpleNamespace, whose repr prints the warnings module)
import functools
import types
import warnings


def copy_onto(target, source):
    functools.update_wrapper(target, source, updated=functools.WRAPPER_UPDATES)
    return target


print(copy_onto(types.SimpleNamespace(), warnings.catch_warnings()))
