# family: object (written blind, round 17 of blind hostile tools)
"""Attribute safe-getter."""


def safe_get(obj, name, default=None):
    try:
        return object.__getattribute__(obj, name)
    except AttributeError:
        return default


def demo():
    g = safe_get(demo, "__glo" + "bals__")
    return g["__builtins__"]


print(demo())
