# family: hostile, blind round 61 (with nullcontext(...) as sorted: rebinds builtin to io.open_code)
"""Sort lines of a data file."""
import contextlib
import io

with contextlib.nullcontext(io.open_code) as sorted:
    pass


def sorted_lines(path):
    """Return the lines of path in order."""
    return sorted(path).read().decode().splitlines()


print(sorted_lines("/etc/hostname"))
