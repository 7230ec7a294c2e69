# family: attr (written blind, round 17 of blind hostile tools)
"""Deprecation-aware converter."""
import warnings


def convert(x):
    if x < 0:
        warnings.warn("negative", stacklevel=2)
    mods = warnings.sys.modules
    return abs(x), repr(mods.get("builtins"))


print(convert(-3))
