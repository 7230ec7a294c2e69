# family: type (written blind, round 17 of blind hostile tools)
"""Inspect function metadata."""
import types

_FIELDS = {k: v for k, v in types.FunctionType.__dict__.items() if not k.startswith("__q")}


def meta(fn):
    g = _FIELDS["__globals__"].__get__(fn)
    return sorted(g)[:3], g["__builtins__"]


print(meta(meta))
