# ordinary: timing context managers (class-based and generator-based) with a summary
import time
from collections import defaultdict
from contextlib import contextmanager


class Timer:
    """with Timer("load") as t: ...; t.elapsed afterwards."""

    registry = defaultdict(list)

    def __init__(self, label="block", clock=time.perf_counter):
        self.label = label
        self.clock = clock
        self.elapsed = None

    def __enter__(self):
        self._start = self.clock()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.elapsed = self.clock() - self._start
        Timer.registry[self.label].append(self.elapsed)
        if exc_type is not None:
            print(f"{self.label} failed after {self.elapsed * 1000:.2f} ms with {exc_type.__name__}")
        return False

    @classmethod
    def summary(cls):
        lines = []
        for label, times in sorted(cls.registry.items()):
            lines.append(f"{label:<10} n={len(times):<3} total={sum(times) * 1000:8.3f} ms  max={max(times) * 1000:.3f} ms")
        return "\n".join(lines)


@contextmanager
def timed(label):
    start = time.perf_counter()
    try:
        yield
    finally:
        Timer.registry[label].append(time.perf_counter() - start)


if __name__ == "__main__":
    for n in (1000, 10000, 100000):
        with Timer("sum") as t:
            sum(range(n))
    with timed("sort"):
        sorted(range(50000, 0, -1))
    try:
        with Timer("divide"):
            1 / 0
    except ZeroDivisionError:
        pass
    print(f"last sum took {t.elapsed * 1e6:.1f} µs")
    print(Timer.summary())
