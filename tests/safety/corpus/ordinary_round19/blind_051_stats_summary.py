"""Descriptive statistics packaged in a frozen dataclass with comparisons."""
from __future__ import annotations

import statistics
from dataclasses import dataclass, fields
from typing import Iterable, Sequence


@dataclass(frozen=True)
class Summary:
    n: int
    mean: float
    median: float
    stdev: float
    minimum: float
    maximum: float
    p90: float

    @classmethod
    def from_values(cls, values: Iterable[float]) -> "Summary":
        data = sorted(float(v) for v in values)
        if not data:
            raise ValueError("cannot summarise an empty sequence")
        p90 = statistics.quantiles(data, n=10, method="inclusive")[-1] if len(data) > 1 else data[0]
        return cls(
            n=len(data),
            mean=statistics.fmean(data),
            median=statistics.median(data),
            stdev=statistics.stdev(data) if len(data) > 1 else 0.0,
            minimum=data[0],
            maximum=data[-1],
            p90=p90,
        )

    def rounded(self, digits: int = 2) -> dict[str, float]:
        return {f.name: round(getattr(self, f.name), digits) for f in fields(self)}

    def zscore(self, value: float) -> float:
        return (value - self.mean) / self.stdev if self.stdev else 0.0

    def outliers(self, values: Sequence[float], threshold: float = 2.0) -> list[float]:
        return [v for v in values if abs(self.zscore(v)) > threshold]


def compare_groups(groups: dict[str, list[float]]) -> dict[str, dict[str, float]]:
    """Summaries for each named group plus its mean difference from the overall mean."""
    overall = Summary.from_values(v for vs in groups.values() for v in vs)
    result = {}
    for name, values in groups.items():
        s = Summary.from_values(values)
        result[name] = {**s.rounded(), "delta_mean": round(s.mean - overall.mean, 2)}
    return result


if __name__ == "__main__":
    latencies = [12, 15, 11, 14, 13, 90, 12, 16, 14, 13]
    s = Summary.from_values(latencies)
    print(s.rounded(), s.outliers(latencies))
    print(compare_groups({"eu": [10, 12, 11], "us": [20, 22, 25, 21]}))
