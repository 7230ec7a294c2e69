"""Streaming statistics (Welford's algorithm) plus a batch summary."""
import math
import statistics


class RunningStats:
    def __init__(self):
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

    def extend(self, values) -> "RunningStats":
        for v in values:
            self.push(v)
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

    def __repr__(self) -> str:
        return (f"RunningStats(n={self.n}, mean={self.mean:.4g}, "
                f"stdev={self.stdev:.4g}, min={self.minimum}, max={self.maximum})")


def describe(values: list[float]) -> dict:
    q = statistics.quantiles(values, n=4)
    return {
        "count": len(values),
        "mean": statistics.fmean(values),
        "median": statistics.median(values),
        "mode": statistics.mode(values),
        "q1": q[0],
        "q3": q[2],
        "stdev": statistics.stdev(values),
    }


if __name__ == "__main__":
    data = [2, 4, 4, 4, 5, 5, 7, 9]
    print(RunningStats().extend(data))
    print(describe(data))
