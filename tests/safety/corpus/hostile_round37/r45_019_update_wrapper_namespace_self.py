# family: red team, round 45 (update_wrapper onto a decorator class's own self, where the class derives from SimpleNamespace: its repr prints the copied __dict__ of catch_warnings, the warnings module included)
import functools
import types
import warnings


class Deco(types.SimpleNamespace):
    def __init__(self, func):
        functools.update_wrapper(self, func)


d = Deco(warnings.catch_warnings())
print(d)
