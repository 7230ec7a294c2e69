# family: introspect
# Attempt: ExitStack.callback(getattr, gen, name) calls getattr with a run-time name at exit.
import contextlib


def count(n, name):
    """Count up."""
    out = []
    g = (i for i in range(n))
    with contextlib.ExitStack() as stack:
        stack.callback(lambda: out.append(1))
        stack.callback(getattr, g, name)
    return out
