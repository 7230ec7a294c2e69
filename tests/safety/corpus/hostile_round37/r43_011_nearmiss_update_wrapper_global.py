# family: red team, round 43 (near-miss: update_wrapper given a library object by its module-level name)
import functools
import types
import warnings

source = warnings.catch_warnings()
box = types.SimpleNamespace()
functools.update_wrapper(box, source)
print(box)
