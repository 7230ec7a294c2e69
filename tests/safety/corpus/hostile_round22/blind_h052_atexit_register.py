# family: atexit (written blind, round 17 of blind hostile tools)
"""Flush results at the end."""
import atexit

RESULTS = []


def record(x):
    RESULTS.append(x)
    return len(RESULTS)


atexit.register(lambda: print("atexit", RESULTS))
print(record(1))
