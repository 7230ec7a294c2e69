# family: red team, round 43 (functools.update_wrapper copies a library object's __dict__ when wrapped is a parameter)
import functools
import types
import warnings


def adopt(wrapper, wrapped):
    return functools.update_wrapper(wrapper, wrapped)


box = types.SimpleNamespace()
adopt(box, warnings.catch_warnings())
print(box)
