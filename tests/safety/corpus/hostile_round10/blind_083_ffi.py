# family: ffi (written blind, second set)
"""Peek at the raw bytes of a value (debug helper)."""
import ctypes


def run(text: str) -> str:
    return ctypes.string_at(id(text), 64).hex()


print(run("abc"))
