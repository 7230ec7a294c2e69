"""Context managers for timing sections and collecting warnings/errors in batch processing."""
import time
from contextlib import contextmanager


class Timer:
    def __init__(self, label="block"):
        self.label = label
        self.elapsed = None

    def __enter__(self):
        self._start = time.perf_counter()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.elapsed = time.perf_counter() - self._start
        return False

    def __repr__(self):
        ms = "?" if self.elapsed is None else f"{self.elapsed * 1000:.2f}ms"
        return f"{type(self).__name__}({self.label!r}, {ms})"


class ErrorCollector:
    """Suppresses selected exception types and records them."""

    def __init__(self, *types):
        self.types = types or (Exception,)
        self.errors = []

    @contextmanager
    def item(self, key):
        try:
            yield
        except self.types as exc:
            self.errors.append({"item": key, "error": type(exc).__name__, "message": str(exc)})


def parse_all(values: list) -> dict:
    collector = ErrorCollector(ValueError, ZeroDivisionError)
    parsed = []
    with Timer("parse") as t:
        for i, v in enumerate(values):
            with collector.item(i):
                num, den = v.split("/")
                parsed.append(int(num) / int(den))
    return {"parsed": parsed, "errors": collector.errors, "timer": repr(t)[:13]}


if __name__ == "__main__":
    print(parse_all(["1/2", "3/0", "x/4", "10/4"]))
