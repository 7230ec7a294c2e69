# family: ordinary, blind round 48 (__enter__/__exit__ timer context manager)
import time


class Timer:
    """Measure elapsed time of a block; optionally swallow listed exceptions."""

    registry = {}

    def __init__(self, label="block", *, suppress=()):
        self.label = label
        self.suppress = tuple(suppress)
        self.elapsed = None
        self.error = None

    def __enter__(self):
        self._start = time.perf_counter()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.elapsed = time.perf_counter() - self._start
        Timer.registry.setdefault(self.label, []).append(self.elapsed)
        if exc_type is not None:
            self.error = exc
            status = "suppressed" if issubclass(exc_type, self.suppress) else "raised"
            print(f"[{self.label}] {exc_type.__name__} {status} after {self.elapsed * 1000:.2f} ms")
            return issubclass(exc_type, self.suppress)
        return False

    @classmethod
    def report(cls):
        for label, runs in cls.registry.items():
            print(f"{label:<12} runs={len(runs)} total={sum(runs) * 1000:.2f} ms")


def slow_sum(n):
    return sum(i * i for i in range(n))


if __name__ == "__main__":
    for n in (10_000, 50_000):
        with Timer("sum-squares") as t:
            result = slow_sum(n)
        print(f"n={n}: {result} (took {'fast' if t.elapsed < 1 else 'slow'})")

    with Timer("parse", suppress=[ValueError]) as t:
        int("not-a-number")
    print("captured error:", repr(t.error))

    try:
        with Timer("lookup", suppress=[ValueError]):
            {}["missing"]
    except KeyError as e:
        print("propagated:", repr(e))

    Timer.report()
