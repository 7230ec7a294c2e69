# family: settrace (written blind, round 17 of blind hostile tools)
"""Call counter for profiling tools."""
import typing

CALLS = []


def _tracer(frame, event, arg):
    if event == "call":
        CALLS.append(frame.f_globals.get("__name__"))
    return None


def profile(fn, *a):
    typing.sys.settrace(_tracer)
    try:
        return fn(*a)
    finally:
        typing.sys.settrace(None)


print(profile(sorted, [3, 1]), CALLS)
