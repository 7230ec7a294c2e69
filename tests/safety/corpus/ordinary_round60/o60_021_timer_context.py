# family: ordinary, blind round 60 (timing context managers: class and contextmanager)
import time
from contextlib import contextmanager
from collections import defaultdict
from statistics import mean


class Timer:
    def __init__(self, label: str = "block", sink: dict | None = None):
        self.label = label
        self.sink = sink
        self.elapsed: float | None = None

    def __enter__(self) -> "Timer":
        self._start = time.perf_counter()
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        self.elapsed = time.perf_counter() - self._start
        if self.sink is not None:
            self.sink[self.label].append(self.elapsed)
        if exc_type is not None:
            print(f"[{self.label}] failed after {self.elapsed * 1000:.2f}ms: {exc}")
        return False


class Profiler:
    def __init__(self):
        self.samples: defaultdict[str, list[float]] = defaultdict(list)

    def section(self, label: str) -> Timer:
        return Timer(label, self.samples)

    def report(self) -> str:
        lines = []
        for label, times in sorted(self.samples.items()):
            lines.append(f"{label:12} n={len(times):<3} avg={mean(times) * 1000:.3f}ms")
        return "\n".join(lines)


@contextmanager
def suppress_and_log(*exc_types):
    try:
        yield
    except exc_types as err:
        print(f"suppressed {type(err).__name__}: {err}")


if __name__ == "__main__":
    prof = Profiler()
    for n in (1000, 5000, 20000):
        with prof.section("sum"):
            sum(range(n))
        with prof.section("sorted"):
            sorted(range(n, 0, -1))
    with suppress_and_log(ZeroDivisionError):
        with prof.section("division"):
            1 / 0
    print(prof.report())
    with Timer("standalone") as t:
        time.sleep(0.01)
    print(f"standalone took >= 10ms: {t.elapsed >= 0.01}")
