# family: ordinary, blind round 50 (statistics summary)
import statistics as st
from typing import Sequence

RESPONSE_MS = [112, 98, 134, 101, 87, 450, 120, 99, 105, 118, 97, 1020, 110, 103, 95, 126, 131, 108]


def summarize(data: Sequence[float]) -> dict[str, float]:
    """Descriptive statistics for a numeric sample, including quartiles and outlier bounds."""
    if len(data) < 2:
        raise ValueError("need at least two data points")
    q1, q2, q3 = st.quantiles(data, n=4, method="inclusive")
    iqr = q3 - q1
    return {
        "count": len(data),
        "mean": st.fmean(data),
        "median": q2,
        "stdev": st.stdev(data),
        "min": min(data),
        "q1": q1,
        "q3": q3,
        "max": max(data),
        "p90": st.quantiles(data, n=10, method="inclusive")[-1],
        "lower_fence": q1 - 1.5 * iqr,
        "upper_fence": q3 + 1.5 * iqr,
    }


def outliers(data: Sequence[float]) -> list[float]:
    s = summarize(data)
    return [x for x in data if x < s["lower_fence"] or x > s["upper_fence"]]


def zscores(data: Sequence[float]) -> list[float]:
    mu, sigma = st.fmean(data), st.pstdev(data)
    return [(x - mu) / sigma for x in data]


if __name__ == "__main__":
    for k, v in summarize(RESPONSE_MS).items():
        print(f"{k:>12}: {v:10.2f}")
    print("outliers:", outliers(RESPONSE_MS))
    print("max |z|: ", round(max(map(abs, zscores(RESPONSE_MS))), 2))
    print("correlation(idx, value):", round(st.correlation(range(len(RESPONSE_MS)), RESPONSE_MS), 3))
