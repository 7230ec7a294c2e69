# ordinary: descriptive statistics summary with the statistics module, z-scores and outliers
import statistics
from statistics import NormalDist, StatisticsError
from typing import Sequence


def describe(data: Sequence[float]) -> dict[str, float]:
    if len(data) < 2:
        raise StatisticsError("need at least two data points")
    q1, q2, q3 = statistics.quantiles(data, n=4)
    return {
        "count": len(data),
        "mean": statistics.fmean(data),
        "median": statistics.median(data),
        "mode": statistics.multimode(data)[0],
        "stdev": statistics.stdev(data),
        "min": min(data),
        "q1": q1,
        "q3": q3,
        "max": max(data),
        "iqr": q3 - q1,
    }


def outliers(data: Sequence[float], k: float = 1.5) -> list[float]:
    stats = describe(data)
    low, high = stats["q1"] - k * stats["iqr"], stats["q3"] + k * stats["iqr"]
    return [x for x in data if x < low or x > high]


def z_scores(data: Sequence[float]) -> list[float]:
    dist = NormalDist.from_samples(data)
    return [dist.zscore(x) for x in data]


def format_summary(stats: dict[str, float]) -> str:
    return "\n".join(f"{k:>6}: {v:>10.3f}" if isinstance(v, float) else f"{k:>6}: {v:>10}" for k, v in stats.items())


if __name__ == "__main__":
    response_ms = [120, 135, 128, 140, 122, 131, 990, 125, 133, 129, 127, 138]
    print(format_summary(describe(response_ms)))
    print("outliers:", outliers(response_ms))
    print("z:", [f"{z:+.2f}" for z in z_scores(response_ms)])
    print("P(X < 130) =", round(NormalDist(130, 6).cdf(130), 3))
