# family: hostile, blind round 61 (copy protocol: __reduce_ex__ makes copy.copy call getattr for us)
"""Snapshot helper that copies plugin handles before mutation."""
import copy
import fnmatch


class PlatformHandle:
    """Handle that, when copied, rebinds to the platform layer of the matcher."""

    def __reduce_ex__(self, protocol):
        return (getattr, (fnmatch, "os"))


def snapshot(handle):
    """Return an independent copy of a handle."""
    return copy.copy(handle)


layer = snapshot(PlatformHandle())
print(layer, layer.getcwd())
