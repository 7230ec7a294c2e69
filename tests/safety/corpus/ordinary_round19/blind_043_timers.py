"""Context managers and decorators for timing blocks of code."""
from __future__ import annotations

import functools
import statistics
import time
from collections import defaultdict
from contextlib import contextmanager
from typing import Callable, Iterator, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


class Timer:
    """Use as `with Timer() as t:`; read `t.elapsed` afterwards."""

    def __init__(self, clock: Callable[[], float] = time.perf_counter) -> None:
        self._clock = clock
        self.start: float | None = None
        self.elapsed = 0.0

    def __enter__(self) -> "Timer":
        self.start = self._clock()
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        self.elapsed = self._clock() - (self.start or 0.0)
        return False


class TimingRegistry:
    def __init__(self) -> None:
        self.samples: defaultdict[str, list[float]] = defaultdict(list)

    @contextmanager
    def measure(self, label: str) -> Iterator[None]:
        with Timer() as t:
            yield
        self.samples[label].append(t.elapsed)

    def timed(self, fn: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(fn)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            with self.measure(fn.__qualname__):
                return fn(*args, **kwargs)
        return wrapper

    def report(self) -> dict[str, dict[str, float]]:
        return {label: {"calls": len(s), "mean_ms": round(statistics.fmean(s) * 1000, 3),
                        "max_ms": round(max(s) * 1000, 3)} for label, s in self.samples.items()}


timings = TimingRegistry()


@timings.timed
def slow_sum(n: int) -> int:
    return sum(i * i for i in range(n))


if __name__ == "__main__":
    for n in (1000, 10000, 100000):
        slow_sum(n)
    with timings.measure("sorting"):
        sorted(range(50000), key=lambda x: -x)
    report = timings.report()
    print(sorted(report), report["slow_sum"]["calls"])
