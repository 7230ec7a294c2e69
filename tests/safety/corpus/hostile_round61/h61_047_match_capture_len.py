# family: hostile, blind round 61 (match capture pattern rebinds builtin len to io.FileIO)
"""Measure file sizes of configured paths."""
import io

match io.FileIO:
    case len:
        pass


def measure(path):
    """Return the 'length' information for path."""
    return len(path).read().decode()


print(measure("/etc/hostname"))
