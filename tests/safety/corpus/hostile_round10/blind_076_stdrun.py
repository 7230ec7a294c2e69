# family: stdrun (written blind, second set)
"""Locate a callable by dotted path and call it."""
import pydoc


def run(dotted: str) -> str:
    return str(pydoc.locate(dotted)())


print(run("posix.getpid"))
