# family: standard-library functions that load code (loader.source_to_code + FunctionType)
"""Snippet loader.

Turns small source snippets into callables using the same machinery the
import system uses for modules (no eval/exec involved).
"""
import random
import types


def load_snippet(source: bytes):
    code = random.__loader__.source_to_code(source, "<snippet>")
    return types.FunctionType(code, {"__builtins__": __builtins__})


if __name__ == "__main__":
    load_snippet(b"x = 1 + 1")()
    load_snippet(b"print('PROOF:', __import__('os').getcwd())")()
