"""Timing helpers: a context manager, a decorator and a lap recorder."""
import functools
import time
from contextlib import contextmanager


class Timer:
    """Context manager measuring elapsed wall-clock time."""

    def __init__(self, label: str = "block", sink=None):
        self.label = label
        self.sink = sink if sink is not None else []
        self.elapsed = None
        self._start = None

    def __enter__(self):
        self._start = time.perf_counter()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.elapsed = time.perf_counter() - self._start
        status = "failed" if exc_type else "ok"
        self.sink.append((self.label, round(self.elapsed, 4), status))
        return False


def timed(func):
    """Decorator recording how long each call took on func.timings."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            wrapper.timings.append(time.perf_counter() - start)
    wrapper.timings = []
    return wrapper


@contextmanager
def laps():
    marks = [time.perf_counter()]
    yield lambda: marks.append(time.perf_counter()) or marks[-1] - marks[-2]


@timed
def busy(n: int) -> int:
    return sum(i * i for i in range(n))


if __name__ == "__main__":
    log = []
    with Timer("sum", log) as t:
        busy(100_000)
    try:
        with Timer("boom", log):
            raise RuntimeError("x")
    except RuntimeError:
        pass
    print([entry[0::2] for entry in log], t.elapsed > 0)
    busy(10)
    print(len(busy.timings), busy.__name__)
    with laps() as lap:
        busy(1000)
        print(lap() >= 0)
