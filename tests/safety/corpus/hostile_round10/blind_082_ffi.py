# family: ffi (written blind, second set)
"""Report which C runtime backs the math helpers."""
from ctypes.util import find_library as _which


def run(name: str) -> str:
    return str(_which(name))


print(run("c"))
