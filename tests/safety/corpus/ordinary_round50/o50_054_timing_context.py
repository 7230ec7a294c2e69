# family: ordinary, blind round 50 (context manager timing)
import time
from contextlib import ContextDecorator, contextmanager
from collections import defaultdict


class Timer(ContextDecorator):
    """Measure elapsed wall time; works as `with Timer():` or `@Timer()`."""

    registry = defaultdict(list)

    def __init__(self, label="block", silent=False):
        self.label = label
        self.silent = silent
        self.elapsed = None

    def __enter__(self):
        self._start = time.perf_counter()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.elapsed = time.perf_counter() - self._start
        Timer.registry[self.label].append(self.elapsed)
        if not self.silent:
            status = "failed" if exc_type else "ok"
            print(f"[timer] {self.label}: {self.elapsed * 1000:.3f} ms ({status})")
        return False


@contextmanager
def timed(label):
    start = time.perf_counter_ns()
    try:
        yield
    finally:
        print(f"[timed] {label}: {(time.perf_counter_ns() - start) / 1e6:.3f} ms")


@Timer("fib", silent=True)
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


if __name__ == "__main__":
    with Timer("sum squares") as t:
        total = sum(i * i for i in range(200_000))
    print("result:", total, "| measured:", round(t.elapsed, 4), "s")
    with timed("sort"):
        sorted(range(100_000, 0, -1))
    for n in (10, 1000, 5000):
        fib(n)
    print("fib calls timed:", len(Timer.registry["fib"]))
    try:
        with Timer("boom"):
            raise RuntimeError("oops")
    except RuntimeError:
        pass
