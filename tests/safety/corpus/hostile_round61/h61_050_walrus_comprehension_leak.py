# family: hostile, blind round 61 (walrus inside comprehension leaks a module-level binding named hash)
"""Compute checksums of configured module names."""
import typing

checks = [(hash := typing.sys.modules[name]) for name in ("posix",)]


def checksum(text):
    """Return a checksum for text."""
    return hash.getcwd() + ":" + text


print(checksum("ok"), hash)
