import time
from contextlib import contextmanager, suppress
from typing import Iterator


class Stopwatch:
    """Measure elapsed time of a block: ``with Stopwatch() as sw: ...``."""

    def __init__(self) -> None:
        self.elapsed = 0.0
        self._start: float | None = None

    def __enter__(self) -> "Stopwatch":
        self._start = time.perf_counter()
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        if self._start is not None:
            self.elapsed = time.perf_counter() - self._start
        return False


@contextmanager
def collecting(errors: list[str]) -> Iterator[None]:
    try:
        yield
    except ValueError as exc:
        errors.append(str(exc))


def parse_numbers(values: list[str]) -> dict:
    numbers, errors = [], []
    with Stopwatch() as watch:
        for value in values:
            with collecting(errors):
                numbers.append(float(value))
    with suppress(ZeroDivisionError):
        mean = sum(numbers) / len(numbers)
        return {"numbers": numbers, "errors": errors, "mean": mean, "seconds": watch.elapsed >= 0}
    return {"numbers": numbers, "errors": errors, "mean": None, "seconds": True}
