"""Smooth and summarise sensor readings; flag outliers."""
import statistics
from collections import deque
from typing import Iterable, Iterator, NamedTuple


class Reading(NamedTuple):
    t: float
    value: float


class Summary(NamedTuple):
    count: int
    mean: float
    stdev: float
    minimum: float
    maximum: float
    outliers: list[Reading]


def moving_average(values: Iterable[float], window: int) -> Iterator[float]:
    buf: deque[float] = deque(maxlen=window)
    total = 0.0
    for v in values:
        if len(buf) == window:
            total -= buf[0]
        buf.append(v)
        total += v
        yield total / len(buf)


def zscore_outliers(readings: list[Reading], threshold: float) -> list[Reading]:
    values = [r.value for r in readings]
    if len(values) < 3:
        return []
    mu, sigma = statistics.mean(values), statistics.pstdev(values)
    if sigma == 0:
        return []
    return [r for r in readings if abs(r.value - mu) / sigma > threshold]


def analyse_readings(pairs: list[tuple[float, float]], window: int = 3, z: float = 2.0) -> dict:
    readings = sorted(Reading(*p) for p in pairs)
    values = [r.value for r in readings]
    summary = Summary(
        count=len(values),
        mean=round(statistics.fmean(values), 3),
        stdev=round(statistics.stdev(values), 3) if len(values) > 1 else 0.0,
        minimum=min(values),
        maximum=max(values),
        outliers=zscore_outliers(readings, z),
    )
    smoothed = [round(v, 2) for v in moving_average(values, window)]
    out = summary._asdict()
    out["outliers"] = [r._asdict() for r in summary.outliers]
    out["smoothed"] = smoothed
    out["quartiles"] = statistics.quantiles(values, n=4) if len(values) >= 2 else []
    return out


if __name__ == "__main__":
    data = [(0, 20.1), (1, 20.4), (2, 20.3), (3, 35.0), (4, 20.2), (5, 19.9), (6, 20.0), (7, 20.6)]
    print(analyse_readings(data))
