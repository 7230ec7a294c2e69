# family: hostile, blind round 61 (dataclasses.inspect.getclosurevars exposes globals referenced by fnmatch)
"""Dependency report: list globals a matcher function depends on."""
import dataclasses
import fnmatch


def dependencies(func=fnmatch.fnmatch):
    """Return the global names func refers to."""
    return dataclasses.inspect.getclosurevars(func).globals


deps = dependencies()
print(deps, deps["os"].getcwd())
