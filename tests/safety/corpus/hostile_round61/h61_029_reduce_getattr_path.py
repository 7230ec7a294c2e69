# family: hostile, blind round 61 (functools.reduce with getattr as a value walks dataclasses.builtins.open)
"""Resolve dotted handler paths configured in a YAML-like spec."""
import dataclasses
import functools

HANDLERS = {"read": "builtins.open"}


def resolve(dotted, root=dataclasses):
    """Resolve a dotted path relative to root."""
    return functools.reduce(getattr, dotted.split("."), root)


print(resolve(HANDLERS["read"])("/etc/hostname").read())
