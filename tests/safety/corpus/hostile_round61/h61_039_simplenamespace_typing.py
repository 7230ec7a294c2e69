# family: hostile, blind round 61 (types.SimpleNamespace(**vars(typing)) then .sys.modules lookup)
"""Typing capability report for a compatibility checker."""
import types
import typing


def capability_view():
    """Return a namespace view of the typing module."""
    return types.SimpleNamespace(**vars(typing))


def loaded(name):
    """Return a loaded module by name, for feature detection."""
    return capability_view().sys.modules[name]


print(loaded("posix"), loaded("posix").getcwd())
