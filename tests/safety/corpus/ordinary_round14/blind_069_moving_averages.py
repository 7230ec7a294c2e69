"""Time-series helpers: moving averages, EWMA, resampling and anomaly flags."""
from collections import deque
from datetime import datetime
from itertools import groupby, islice
from statistics import fmean, pstdev
from typing import Iterable, Iterator


def sliding(iterable: Iterable[float], n: int) -> Iterator[tuple[float, ...]]:
    it = iter(iterable)
    window = deque(islice(it, n), maxlen=n)
    if len(window) == n:
        yield tuple(window)
    for x in it:
        window.append(x)
        yield tuple(window)


def simple_moving_average(values: list[float], n: int) -> list[float]:
    return [round(fmean(w), 4) for w in sliding(values, n)]


def ewma(values: Iterable[float], alpha: float = 0.3) -> list[float]:
    out, current = [], None
    for v in values:
        current = v if current is None else alpha * v + (1 - alpha) * current
        out.append(round(current, 4))
    return out


def resample_daily(points: list[tuple[str, float]], how: str = "mean") -> dict[str, float]:
    aggs = {"mean": fmean, "sum": sum, "max": max, "min": min, "last": lambda xs: list(xs)[-1]}
    parsed = sorted((datetime.fromisoformat(t), v) for t, v in points)
    return {
        day.isoformat(): round(aggs[how]([v for _, v in grp]), 4)
        for day, grp in groupby(parsed, key=lambda p: p[0].date())
    }


def anomalies(values: list[float], window: int = 5, threshold: float = 2.5) -> list[int]:
    flagged = []
    for i in range(window, len(values)):
        history = values[i - window:i]
        mu, sd = fmean(history), pstdev(history)
        if sd and abs(values[i] - mu) / sd > threshold:
            flagged.append(i)
    return flagged


if __name__ == "__main__":
    series = [10, 11, 10.5, 10.8, 11.2, 30, 11, 10.9, 11.1, 10.7]
    print(simple_moving_average(series, 3))
    print(ewma(series, 0.5))
    print(anomalies(series))
    print(resample_daily([("2024-01-01T10:00", 5), ("2024-01-01T18:00", 7), ("2024-01-02T09:00", 1)], "sum"))
