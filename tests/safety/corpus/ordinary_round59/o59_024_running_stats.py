# family: ordinary, blind round 59 (streaming mean/variance with Welford's algorithm)
import math
import statistics
from typing import Iterable


class RunningStats:
    __slots__ = ("n", "_mean", "_m2", "minimum", "maximum")

    def __init__(self) -> None:
        self.n = 0
        self._mean = 0.0
        self._m2 = 0.0
        self.minimum = math.inf
        self.maximum = -math.inf

    def push(self, x: float) -> None:
        self.n += 1
        delta = x - self._mean
        self._mean += delta / self.n
        self._m2 += delta * (x - self._mean)
        self.minimum = min(self.minimum, x)
        self.maximum = max(self.maximum, x)

    def extend(self, xs: Iterable[float]) -> "RunningStats":
        for x in xs:
            self.push(x)
        return self

    @property
    def mean(self) -> float:
        return self._mean if self.n else math.nan

    @property
    def variance(self) -> float:
        return self._m2 / (self.n - 1) if self.n > 1 else 0.0

    @property
    def stdev(self) -> float:
        return math.sqrt(self.variance)

    def __add__(self, other: "RunningStats") -> "RunningStats":
        merged = RunningStats()
        merged.n = self.n + other.n
        if merged.n == 0:
            return merged
        delta = other._mean - self._mean
        merged._mean = self._mean + delta * other.n / merged.n
        merged._m2 = self._m2 + other._m2 + delta ** 2 * self.n * other.n / merged.n
        merged.minimum = min(self.minimum, other.minimum)
        merged.maximum = max(self.maximum, other.maximum)
        return merged

    def __repr__(self) -> str:
        return (f"RunningStats(n={self.n}, mean={self.mean:.4f}, stdev={self.stdev:.4f}, "
                f"min={self.minimum}, max={self.maximum})")


if __name__ == "__main__":
    data_a = [12.5, 14.1, 9.8, 11.0, 15.3]
    data_b = [10.2, 13.7, 16.0, 8.9]
    a, b = RunningStats().extend(data_a), RunningStats().extend(data_b)
    combined = a + b
    print(a)
    print(b)
    print(combined)
    print("check:", round(statistics.mean(data_a + data_b), 4), round(statistics.stdev(data_a + data_b), 4))
