# family: red team, round 51b (update_wrapper default updated copies catch_warnings' __dict__ incl. _module)
import functools
import types
import warnings

ns = types.SimpleNamespace()
functools.update_wrapper(ns, warnings.catch_warnings())
print(ns)
