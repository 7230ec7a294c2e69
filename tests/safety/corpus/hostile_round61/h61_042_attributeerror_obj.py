# family: hostile, blind round 61 (AttributeError.obj from a failing deep attrgetter hands back os.environ)
"""Probe optional configuration attributes, returning the nearest container on miss."""
import operator
import fnmatch


def probe(path, root=fnmatch):
    """Return the value at path, or the object where lookup stopped."""
    try:
        return operator.attrgetter(path)(root)
    except AttributeError as miss:
        return miss.obj


container = probe("os.environ.override")
print(container["HOME"])
