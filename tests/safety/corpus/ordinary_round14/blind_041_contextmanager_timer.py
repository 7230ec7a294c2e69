"""Context managers for timing blocks, collecting errors and temporary settings."""
import time
from contextlib import contextmanager, suppress, ExitStack
from decimal import localcontext, Decimal


class Stopwatch:
    """Reusable timing context manager that accumulates laps."""

    def __init__(self, label: str = "block"):
        self.label = label
        self.laps: list[float] = []
        self._start: float | None = None

    def __enter__(self) -> "Stopwatch":
        self._start = time.perf_counter()
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        self.laps.append(time.perf_counter() - self._start)
        self._start = None
        return False

    @property
    def total(self) -> float:
        return sum(self.laps)

    def __repr__(self):
        return f"Stopwatch({self.label!r}, laps={len(self.laps)}, total={self.total:.6f}s)"


@contextmanager
def collect_errors(errors: list, *types):
    """Swallow the given exception types but remember them."""
    try:
        yield errors
    except types as exc:
        errors.append(f"{type(exc).__name__}: {exc}")


@contextmanager
def decimal_precision(prec: int):
    with localcontext() as ctx:
        ctx.prec = prec
        yield ctx


def process(values: list[str]) -> dict:
    errors: list[str] = []
    watch = Stopwatch("parse")
    results = []
    for raw in values:
        with watch, collect_errors(errors, ValueError, ZeroDivisionError):
            with decimal_precision(6):
                results.append(str(Decimal(1) / Decimal(int(raw))))
    with suppress(KeyError):
        {}["missing"]
    with ExitStack() as stack:
        timers = [stack.enter_context(Stopwatch(f"t{i}")) for i in range(3)]
    return {"results": results, "errors": errors, "timer": repr(watch).split(",")[0],
            "laps": len(watch.laps), "stacked": len(timers)}


if __name__ == "__main__":
    print(process(["3", "7", "x", "0", "9"]))
