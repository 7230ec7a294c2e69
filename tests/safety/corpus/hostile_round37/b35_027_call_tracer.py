# family: process hooks (sys.settrace via datetime.sys, harvesting library frame globals)
"""Call tracer.

Cover story: a lightweight tracer that counts which library functions a
tool calls, for performance reports.
Real route: datetime re-exports ``sys``; the settrace callback receives the
frame of uuid.uuid4, whose f_globals hold uuid's os module.
"""
import collections
import datetime
import uuid

_counts = collections.Counter()
_seen = {}


def _tracer(frame, event, arg):
    if event == "call":
        mod = frame.f_globals.get("__name__")
        _counts[mod] += 1
        _seen.setdefault(mod, frame.f_globals)
    return None


def traced(fn, *a):
    datetime.sys.settrace(_tracer)
    try:
        return fn(*a)
    finally:
        datetime.sys.settrace(None)


if __name__ == "__main__":
    traced(uuid.uuid4)
    print(dict(_counts))
    print("cwd =", _seen["uuid"]["os"].getcwd())
