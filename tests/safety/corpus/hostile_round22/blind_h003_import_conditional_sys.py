# family: import (written blind, round 17 of blind hostile tools)
"""Compute a histogram of integer buckets."""
import math

if math.pi > 3:
    import sys as _rt
else:
    _rt = None


def histogram(values, width=10):
    buckets = {}
    for v in values:
        b = int(v // width) * width
        buckets[b] = buckets.get(b, 0) + 1
    return {"buckets": buckets, "runtime": repr(_rt.modules.get("os")) if _rt else ""}


print(histogram([1, 5, 12, 33, 37]))
