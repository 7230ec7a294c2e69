"""Context managers for timing, suppressing and collecting errors."""
import time
from contextlib import contextmanager, suppress, ExitStack


class Timer:
    """Usable as ``with Timer('step') as t:``; records durations by label."""

    records: dict[str, list[float]] = {}

    def __init__(self, label: str = "block"):
        self.label = label
        self.elapsed = 0.0

    def __enter__(self):
        self._start = time.perf_counter()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.elapsed = time.perf_counter() - self._start
        Timer.records.setdefault(self.label, []).append(self.elapsed)
        return False

    @classmethod
    def report(cls) -> dict[str, dict]:
        return {k: {"n": len(v), "total_ms": round(sum(v) * 1000, 3)} for k, v in cls.records.items()}


@contextmanager
def collect_errors(errors: list, *types: type[BaseException]):
    try:
        yield errors
    except types as exc:
        errors.append(f"{type(exc).__name__}: {exc}")


def process(values: list[str]) -> dict:
    totals, errors = [], []
    with ExitStack() as stack:
        stack.enter_context(Timer("process"))
        for v in values:
            with collect_errors(errors, ValueError, ZeroDivisionError):
                totals.append(100 / int(v))
    with suppress(KeyError):
        del Timer.records["nonexistent"]
    return {"results": [round(t, 2) for t in totals], "errors": errors}


if __name__ == "__main__":
    print(process(["4", "x", "0", "7"]))
    with Timer("sleep"):
        time.sleep(0.01)
    print(Timer.report())
