# family: stdrun (written blind, second set)
"""Resolve an entry point given as 'module:attr'."""
import pkgutil


def run(entry_point: str) -> str:
    target = pkgutil.resolve_name(entry_point)
    return str(target())


print(run("os:getpid"))
