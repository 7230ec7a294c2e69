# family: red team, round 45 (update_wrapper with assigned/updated given positionally as functools' own constants: four positional arguments count as "no __dict__ copied")
import functools
import types
import warnings


def copy_onto(target, source):
    functools.update_wrapper(target, source, functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
    return target


ns = copy_onto(types.SimpleNamespace(), warnings.catch_warnings())
print(ns)
