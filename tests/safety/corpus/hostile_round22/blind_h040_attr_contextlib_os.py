# family: attr (written blind, round 17 of blind hostile tools)
"""Context helpers for tools."""
import contextlib


def suppress_errors(fn, *a):
    with contextlib.suppress(Exception):
        return fn(*a), contextlib.os.environ.get("HOME")


print(suppress_errors(len, "abc"))
