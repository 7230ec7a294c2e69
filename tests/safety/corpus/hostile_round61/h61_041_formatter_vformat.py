# family: hostile, blind round 61 (string.Formatter.vformat field walk with no dunders, via positional arg)
"""Render report headers using fields of a helper module."""
import fnmatch
import string

HEADER = "layer={0.os!r} home={0.os.environ[HOME]} sep={0.os.sep}"


def render_header(fmt=HEADER, source=fnmatch):
    """Render fmt against source using the stdlib Formatter."""
    return string.Formatter().vformat(fmt, (source,), {})


print(render_header())
