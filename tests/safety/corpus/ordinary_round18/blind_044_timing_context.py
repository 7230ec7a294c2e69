"""Context managers for timing code sections and temporarily overriding settings."""
from __future__ import annotations

import time
from contextlib import contextmanager
from typing import Any, Iterator


class Timer:
    """Reusable timer; `with Timer('name') as t:` records elapsed seconds."""

    def __init__(self, name: str = "block", clock=time.perf_counter) -> None:
        self.name, self._clock = name, clock
        self.laps: list[float] = []
        self._start: float | None = None

    def __enter__(self) -> "Timer":
        self._start = self._clock()
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        self.laps.append(self._clock() - (self._start or 0.0))
        self._start = None
        return False  # never swallow exceptions

    @property
    def total(self) -> float:
        return sum(self.laps)

    def __str__(self) -> str:
        avg = self.total / len(self.laps) if self.laps else 0.0
        return f"{self.name}: {len(self.laps)} run(s), total {self.total * 1000:.3f} ms, avg {avg * 1000:.3f} ms"


@contextmanager
def overridden(settings: dict[str, Any], **changes: Any) -> Iterator[dict[str, Any]]:
    """Temporarily change keys of a settings dict, restoring them afterwards."""
    missing = object()
    saved = {k: settings.get(k, missing) for k in changes}
    settings.update(changes)
    try:
        yield settings
    finally:
        for key, old in saved.items():
            if old is missing:
                settings.pop(key, None)
            else:
                settings[key] = old


def benchmark(func, *args: Any, repeat: int = 5) -> Timer:
    timer = Timer(getattr(func, "__name__", "func"))
    for _ in range(repeat):
        with timer:
            func(*args)
    return timer


if __name__ == "__main__":
    print(benchmark(sorted, list(range(10_000, 0, -1))))
    config = {"debug": False, "level": "info"}
    try:
        with overridden(config, debug=True, trace=1) as cfg:
            print("inside:", cfg)
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    print("after:", config)
