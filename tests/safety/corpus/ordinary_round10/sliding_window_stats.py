"""Moving averages and anomaly flags over a time series."""

import statistics
from collections import deque
from collections.abc import Iterable, Iterator


def moving_average(values: Iterable[float], window: int) -> Iterator[float]:
    buf: deque[float] = deque(maxlen=window)
    total = 0.0
    for v in values:
        if len(buf) == window:
            total -= buf[0]
        buf.append(v)
        total += v
        yield total / len(buf)


def flag_anomalies(values: list[float], window: int = 5, threshold: float = 3.0) -> list[int]:
    """Return indices whose value deviates > threshold stdevs from the trailing window."""
    flagged = []
    for i in range(window, len(values)):
        past = values[i - window:i]
        mean = statistics.fmean(past)
        sd = statistics.pstdev(past)
        if sd and abs(values[i] - mean) / sd > threshold:
            flagged.append(i)
    return flagged


def analyse_series(values: list[float], window: int = 3) -> dict[str, list]:
    return {
        "moving_average": [round(x, 3) for x in moving_average(values, window)],
        "anomalies": flag_anomalies(values, window=window),
    }


if __name__ == "__main__":
    series = [10, 11, 10.5, 10.8, 11.2, 30, 10.9, 11.1, 10.7]
    print(analyse_series(series))
