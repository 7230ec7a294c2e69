# family: classhook
# Attempt: ExitStack.callback(setattr, Cls, name, hook) installs a hook at exit with a computed name.
import contextlib


class Box:
    pass


def fill(name, hook):
    """Fill a box."""
    with contextlib.ExitStack() as stack:
        stack.callback(setattr, Box, name, hook)
    return Box()
