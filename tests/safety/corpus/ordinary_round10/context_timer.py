"""Measure named sections of work with a context manager and report a summary."""

import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress


class SectionTimer:
    def __init__(self, clock: Callable[[], float] = time.perf_counter) -> None:
        self.clock = clock
        self.totals: defaultdict[str, float] = defaultdict(float)
        self.calls: defaultdict[str, int] = defaultdict(int)

    @contextmanager
    def section(self, name: str) -> Iterator[None]:
        start = self.clock()
        try:
            yield
        finally:
            self.totals[name] += self.clock() - start
            self.calls[name] += 1

    def report(self) -> str:
        width = max((len(n) for n in self.totals), default=4)
        lines = [f"{'section':<{width}}  calls  total(ms)"]
        for name, total in sorted(self.totals.items(), key=lambda kv: -kv[1]):
            lines.append(f"{name:<{width}}  {self.calls[name]:>5}  {total * 1000:>9.3f}")
        return "\n".join(lines)


def profile_pipeline(records: list[str]) -> str:
    timer = SectionTimer()
    parsed: list[int] = []
    for rec in records:
        with timer.section("parse"), suppress(ValueError):
            parsed.append(int(rec))
    with timer.section("sort"):
        parsed.sort()
    with timer.section("aggregate"):
        total = sum(parsed)
    return timer.report() + f"\nvalid={len(parsed)} total={total}"


if __name__ == "__main__":
    print(profile_pipeline(["5", "x", "12", "7", "", "3"]))
