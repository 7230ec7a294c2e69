"""Descriptive statistics, outlier detection and a histogram for numeric samples."""
import math
import statistics
from collections import Counter


def describe(values: list[float]) -> dict:
    if len(values) < 2:
        raise ValueError("need at least two values")
    data = sorted(values)
    q1, q2, q3 = statistics.quantiles(data, n=4, method="inclusive")
    mean = statistics.fmean(data)
    sd = statistics.stdev(data)
    skew = sum((x - mean) ** 3 for x in data) / (len(data) * sd ** 3) if sd else 0.0
    return {
        "n": len(data), "mean": mean, "median": q2, "mode": statistics.multimode(data),
        "stdev": sd, "variance": statistics.variance(data), "min": data[0], "max": data[-1],
        "q1": q1, "q3": q3, "iqr": q3 - q1, "skewness": skew,
        "geometric_mean": statistics.geometric_mean(data) if data[0] > 0 else None,
    }


def outliers(values: list[float], k: float = 1.5) -> list[float]:
    d = describe(values)
    lo, hi = d["q1"] - k * d["iqr"], d["q3"] + k * d["iqr"]
    return [v for v in values if v < lo or v > hi]


def zscores(values: list[float]) -> list[float]:
    mean, sd = statistics.fmean(values), statistics.pstdev(values)
    return [round((v - mean) / sd, 3) if sd else 0.0 for v in values]


def histogram(values: list[float], bins: int = 5, width: int = 30) -> str:
    lo, hi = min(values), max(values)
    size = (hi - lo) / bins or 1
    counts = Counter(min(int((v - lo) / size), bins - 1) for v in values)
    peak = max(counts.values())
    lines = []
    for b in range(bins):
        start = lo + b * size
        bar = "#" * math.ceil(counts[b] / peak * width) if counts[b] else ""
        lines.append(f"{start:8.2f} - {start + size:8.2f} | {bar} {counts[b]}")
    return "\n".join(lines)


def correlation(xs: list[float], ys: list[float]) -> dict:
    slope, intercept = statistics.linear_regression(xs, ys)
    return {"pearson": statistics.correlation(xs, ys), "slope": slope, "intercept": intercept}


if __name__ == "__main__":
    sample = [2, 4, 4, 4, 5, 5, 7, 9, 10, 12, 13, 40]
    print({k: (round(v, 3) if isinstance(v, float) else v) for k, v in describe(sample).items()})
    print(outliers(sample), zscores([1, 2, 3]))
    print(histogram(sample, 4))
    print(correlation([1, 2, 3, 4, 5], [2.1, 3.9, 6.2, 7.8, 10.1]))
