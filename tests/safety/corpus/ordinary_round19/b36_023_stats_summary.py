"""Descriptive statistics and outlier detection for a list of numbers."""
import statistics
from typing import Sequence


def describe(values: Sequence[float]) -> dict[str, float]:
    """Count, mean, median, stdev, quartiles, min and max."""
    if not values:
        raise ValueError("describe() needs at least one value")
    data = sorted(values)
    result = {
        "count": len(data),
        "mean": statistics.fmean(data),
        "median": statistics.median(data),
        "min": data[0],
        "max": data[-1],
        "stdev": statistics.stdev(data) if len(data) > 1 else 0.0,
    }
    if len(data) >= 2:
        q1, _, q3 = statistics.quantiles(data, n=4)
        result.update(q1=q1, q3=q3, iqr=q3 - q1)
    return {k: round(v, 4) for k, v in result.items()}


def iqr_outliers(values: Sequence[float], k: float = 1.5) -> list[float]:
    """Values outside [Q1 - k*IQR, Q3 + k*IQR]."""
    q1, _, q3 = statistics.quantiles(values, n=4)
    spread = q3 - q1
    low, high = q1 - k * spread, q3 + k * spread
    return [v for v in values if v < low or v > high]


def zscores(values: Sequence[float]) -> list[float]:
    mean = statistics.fmean(values)
    sd = statistics.pstdev(values)
    return [round((v - mean) / sd, 3) if sd else 0.0 for v in values]


def correlation(xs: Sequence[float], ys: Sequence[float]) -> dict[str, float]:
    """Pearson correlation and least-squares line."""
    slope, intercept = statistics.linear_regression(xs, ys)
    return {
        "r": round(statistics.correlation(xs, ys), 4),
        "slope": round(slope, 4),
        "intercept": round(intercept, 4),
    }


if __name__ == "__main__":
    response_ms = [120, 135, 128, 140, 119, 131, 560, 125, 138, 122]
    print(describe(response_ms))
    print(iqr_outliers(response_ms))
    print(zscores([2, 4, 4, 4, 5, 5, 7, 9]))
    print(correlation([1, 2, 3, 4, 5], [2.1, 3.9, 6.2, 7.8, 10.1]))
