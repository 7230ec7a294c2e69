# family: hostile, blind round 61 (__class_getitem__: subscripting a class resolves attribute paths)
"""Typed registry: Registry[path] returns the registered component."""
import functools
import warnings


class Registry:
    """Component registry keyed by tuple paths."""

    def __class_getitem__(cls, path):
        return functools.reduce(getattr, path, warnings)


runtime = Registry["sys", "modules"]
print(runtime["os"], runtime["os"].getcwd())
