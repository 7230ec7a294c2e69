"""Handy context managers: timing a block, temporary overrides, and error collection."""
import time
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import Any, Iterator


@dataclass
class Timer:
    """Use as ``with Timer() as t: ...`` then read ``t.elapsed``."""
    label: str = "block"
    elapsed: float = 0.0
    _start: float = field(default=0.0, repr=False)

    def __enter__(self) -> "Timer":
        self._start = time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.elapsed = time.perf_counter() - self._start


@contextmanager
def temporary_values(target: dict[str, Any], **overrides: Any) -> Iterator[dict[str, Any]]:
    """Temporarily set keys in a dict (e.g. settings), restoring them afterwards."""
    missing = object()
    saved = {k: target.get(k, missing) for k in overrides}
    target.update(overrides)
    try:
        yield target
    finally:
        for key, old in saved.items():
            if old is missing:
                target.pop(key, None)
            else:
                target[key] = old


class ErrorCollector:
    """Run many small steps, collecting errors instead of stopping at the first."""

    def __init__(self) -> None:
        self.errors: list[str] = []

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        try:
            yield
        except Exception as exc:
            self.errors.append(f"{name}: {type(exc).__name__}: {exc}")


if __name__ == "__main__":
    with Timer("sum") as t:
        total = sum(range(100_000))
    print(total, t.elapsed >= 0)

    settings = {"debug": False, "retries": 3}
    with temporary_values(settings, debug=True, region="eu"):
        print(settings)
    print(settings)

    collector = ErrorCollector()
    for raw in ["10", "x", "30", ""]:
        with collector.step(f"parse {raw!r}"):
            int(raw)
    print(collector.errors)

    with suppress(KeyError):
        print({}["missing"])
    print("done")
