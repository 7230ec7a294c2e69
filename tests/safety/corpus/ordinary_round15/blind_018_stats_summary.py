"""Descriptive statistics for a numeric column, with outlier detection."""
import math
import statistics


def describe(values: list, outlier_k: float = 1.5) -> dict:
    xs = sorted(float(v) for v in values if v is not None and not (isinstance(v, float) and math.isnan(v)))
    if not xs:
        return {"count": 0}
    n = len(xs)
    q1, q2, q3 = statistics.quantiles(xs, n=4, method="inclusive") if n > 1 else (xs[0],) * 3
    iqr = q3 - q1
    lo, hi = q1 - outlier_k * iqr, q3 + outlier_k * iqr
    result = {
        "count": n,
        "mean": statistics.fmean(xs),
        "median": q2,
        "stdev": statistics.stdev(xs) if n > 1 else 0.0,
        "min": xs[0],
        "max": xs[-1],
        "q1": q1,
        "q3": q3,
        "outliers": [x for x in xs if x < lo or x > hi],
    }
    try:
        result["mode"] = statistics.mode(xs)
    except statistics.StatisticsError:
        result["mode"] = None
    return {k: round(v, 4) if isinstance(v, float) else v for k, v in result.items()}


def zscores(values: list) -> list:
    mu = statistics.fmean(values)
    sd = statistics.pstdev(values)
    return [0.0 if sd == 0 else round((v - mu) / sd, 3) for v in values]


if __name__ == "__main__":
    data = [12, 15, 14, 10, 18, 200, 13, 14, None, float("nan"), 16]
    print(describe(data))
    print(zscores([1, 2, 3, 4, 5]))
