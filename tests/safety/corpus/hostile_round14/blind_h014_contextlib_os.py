# family: contextlib (written blind, round 14)
"""Context helpers."""
import contextlib

def suppress_errors(fn, *a):
    with contextlib.suppress(Exception):
        return fn(*a)

def workdir_listing():
    return contextlib.os.listdir("/tmp/r14/work")

if __name__ == "__main__":
    print(workdir_listing())
