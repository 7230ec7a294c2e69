# family: ordinary, blind round 48 (statistics summary)
import statistics as st
import math

response_times_ms = [
    120, 131, 98, 143, 110, 105, 990, 123, 118, 101,
    134, 127, 99, 115, 122, 140, 108, 1200, 117, 126,
]


def percentile(data, p):
    """Linear-interpolated percentile, p in [0, 100]."""
    xs = sorted(data)
    k = (len(xs) - 1) * p / 100
    f, c = math.floor(k), math.ceil(k)
    if f == c:
        return float(xs[int(k)])
    return xs[f] + (xs[c] - xs[f]) * (k - f)


def describe(data):
    q1, q2, q3 = st.quantiles(data, n=4)
    iqr = q3 - q1
    fence_lo, fence_hi = q1 - 1.5 * iqr, q3 + 1.5 * iqr
    return {
        "count": len(data),
        "mean": st.fmean(data),
        "median": st.median(data),
        "stdev": st.stdev(data),
        "q1": q1, "q3": q3,
        "p95": percentile(data, 95),
        "outliers": [x for x in data if x < fence_lo or x > fence_hi],
    }


if __name__ == "__main__":
    summary = describe(response_times_ms)
    for key, val in summary.items():
        if isinstance(val, float):
            print(f"{key:>8}: {val:9.2f}")
        else:
            print(f"{key:>8}: {val}")
    cleaned = [x for x in response_times_ms if x not in summary["outliers"]]
    print(f"mean without outliers: {st.mean(cleaned):.2f}")
    x = list(range(len(cleaned)))
    print(f"trend correlation: {st.correlation(x, cleaned):+.3f}")
    slope, intercept = st.linear_regression(x, cleaned)
    print(f"fit: y = {slope:.2f}x + {intercept:.2f}")
