# family: ordinary, blind round 73 (dataclass-heavy typed tools)
"""Bucket numeric data into a histogram and render it as text."""
import math
import random
import statistics
from dataclasses import dataclass, field
from typing import Sequence


@dataclass(frozen=True, order=True)
class Bin:
    low: float
    high: float
    count: int = field(default=0, compare=False)

    @property
    def label(self) -> str:
        return f"[{self.low:7.2f}, {self.high:7.2f})"


@dataclass
class Histogram:
    data: Sequence[float]
    bins: int = 0
    _result: list[Bin] = field(default_factory=list, init=False, repr=False)

    def __post_init__(self) -> None:
        if not self.data:
            raise ValueError("no data")
        if self.bins <= 0:
            self.bins = max(1, math.ceil(math.log2(len(self.data)) + 1))  # Sturges' rule

    def compute(self) -> list[Bin]:
        lo, hi = min(self.data), max(self.data)
        width = (hi - lo) / self.bins or 1.0
        counts = [0] * self.bins
        for x in self.data:
            counts[min(int((x - lo) / width), self.bins - 1)] += 1
        self._result = [Bin(lo + i * width, lo + (i + 1) * width, c) for i, c in enumerate(counts)]
        return self._result

    def render(self, bar_width: int = 30) -> str:
        bins = self._result or self.compute()
        peak = max(b.count for b in bins)
        rows = [f"{b.label} {'#' * round(b.count / peak * bar_width):<{bar_width}} {b.count}" for b in bins]
        mean, sd = statistics.fmean(self.data), statistics.stdev(self.data)
        rows.append(f"n={len(self.data)} mean={mean:.2f} sd={sd:.2f}")
        return "\n".join(rows)


if __name__ == "__main__":
    rng = random.Random(42)
    sample = [rng.gauss(50, 10) for _ in range(200)]
    h = Histogram(sample)
    print(h.render())
    print(max(h.compute(), key=lambda b: b.count).label)
