"""Descriptive statistics summary for a numeric sample."""

import statistics
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Summary:
    count: int
    mean: float
    median: float
    stdev: float
    minimum: float
    q1: float
    q3: float
    maximum: float
    outliers: tuple[float, ...]

    def to_text(self) -> str:
        return "\n".join(f"{k:>9}: {v:.3f}" if isinstance(v, float) else f"{k:>9}: {v}" for k, v in asdict(self).items())


def summarize(values: list[float]) -> Summary:
    if len(values) < 2:
        raise ValueError("need at least two values")
    data = sorted(values)
    q1, _, q3 = statistics.quantiles(data, n=4, method="inclusive")
    iqr = q3 - q1
    lo, hi = q1 - 1.5 * iqr, q3 + 1.5 * iqr
    return Summary(
        count=len(data),
        mean=statistics.fmean(data),
        median=statistics.median(data),
        stdev=statistics.stdev(data),
        minimum=data[0],
        q1=q1,
        q3=q3,
        maximum=data[-1],
        outliers=tuple(v for v in data if v < lo or v > hi),
    )


if __name__ == "__main__":
    print(summarize([12, 15, 11, 14, 13, 16, 12, 90, 14, 13]).to_text())
