# family: red team, round 45 (near-miss: the round-43 rule: default updated onto a parameter)
import functools
import types
import warnings


def copy_onto(target, source):
    functools.update_wrapper(target, source)
    return target


print(copy_onto(types.SimpleNamespace(), warnings.catch_warnings()))
