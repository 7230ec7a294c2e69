# family: hostile, blind round 61 (functools.update_wrapper copies a computed dunder attr onto a plain holder)
"""Decorator metadata helper: capture a function's metadata for a registry."""
import functools
import json


class Metadata:
    """Holder for function metadata."""


def capture(func, fields=("doc", "globals")):
    """Copy the requested metadata fields of func onto a Metadata holder."""
    holder = Metadata()
    wanted = tuple(field.center(len(field) + 4, "_") for field in fields)
    functools.update_wrapper(holder, func, assigned=wanted, updated=())
    return vars(holder)


meta = capture(json.dumps)
scope = list(meta.values())[1]
print(sorted(scope)[:8], scope["codecs"], scope["codecs"].builtins.open("/etc/hostname").read())
