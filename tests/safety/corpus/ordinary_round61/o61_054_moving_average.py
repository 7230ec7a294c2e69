# family: ordinary, blind round 61 (moving averages and anomaly flags)
import statistics
from array import array
from collections import deque
from itertools import islice
from typing import Iterable, Iterator


def simple_moving_average(values: Iterable[float], window: int) -> Iterator[float]:
    buf: deque[float] = deque(maxlen=window)
    running = 0.0
    for v in values:
        if len(buf) == window:
            running -= buf[0]
        buf.append(v)
        running += v
        if len(buf) == window:
            yield running / window


def exponential_moving_average(values: Iterable[float], alpha: float) -> Iterator[float]:
    ema = None
    for v in values:
        ema = v if ema is None else alpha * v + (1 - alpha) * ema
        yield ema


def analyze_series(values: list[float], window: int = 3, alpha: float = 0.5, z_threshold: float = 2.0) -> dict:
    """Compute SMA and EMA over a numeric series and flag points that deviate strongly."""
    if window < 1 or window > len(values):
        raise ValueError("window must be between 1 and the series length")
    if not 0 < alpha <= 1:
        raise ValueError("alpha must be in (0, 1]")
    data = array("d", values)
    sma = [round(x, 3) for x in simple_moving_average(data, window)]
    ema = [round(x, 3) for x in exponential_moving_average(data, alpha)]
    mean, sd = statistics.fmean(data), statistics.pstdev(data)
    anomalies = [{"index": i, "value": v, "z": round((v - mean) / sd, 2)}
                 for i, v in enumerate(data) if sd and abs(v - mean) / sd >= z_threshold]
    changes = [b - a for a, b in zip(data, islice(data, 1, None))]
    return {
        "count": len(data),
        "sma": sma,
        "ema": ema,
        "trend": "up" if sum(changes) > 0 else "down" if sum(changes) < 0 else "flat",
        "largest_jump": max(changes, key=abs, default=0.0),
        "anomalies": anomalies,
    }


if __name__ == "__main__":
    daily_visits = [120, 132, 128, 140, 135, 410, 142, 150, 149, 155]
    print(analyze_series(daily_visits, window=3, alpha=0.3))
