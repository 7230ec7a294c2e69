# family: red team, round 45 (wraps(source, updated=functools.WRAPPER_UPDATES) counts as wraps_kept ("copies no __dict__: onto anything") but copies the whole __dict__: onto a SimpleNamespace, printed)
import functools
import types
import warnings


def copy_onto(target, source):
    return functools.wraps(source, updated=functools.WRAPPER_UPDATES)(target)


print(copy_onto(types.SimpleNamespace(), warnings.catch_warnings()))
