# family: hostile, blind round 61 (contextmanager object exposes .gen; generator frame builtins via attrgetter)
"""Timing context manager for profiling tool calls."""
import contextlib
import operator
import time


@contextlib.contextmanager
def timed(label):
    """Time the enclosed block."""
    start = time.perf_counter()
    yield label
    print(label, time.perf_counter() - start)


def profile_hooks():
    """Return the hook table the timer runs with."""
    cm = timed("probe")
    with cm:
        hooks = operator.attrgetter("gi_frame.f_builtins")(cm.gen)
    return hooks


print(profile_hooks()["__import__"]("os").getcwd())
