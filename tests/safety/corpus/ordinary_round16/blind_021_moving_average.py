"""Rolling statistics over a time series using deques."""
from collections import deque
from itertools import islice
import math


def moving_average(values, window: int = 3):
    if window < 1:
        raise ValueError("window must be >= 1")
    it = iter(values)
    d = deque(islice(it, window - 1), maxlen=window)
    s = sum(d)
    for v in it:
        d.append(v)
        s += v
        yield s / window
        s -= d[0]


def ewma(values, alpha: float = 0.3):
    avg = None
    for v in values:
        avg = v if avg is None else alpha * v + (1 - alpha) * avg
        yield avg


def rolling_std(values, window: int = 3):
    buf = deque(maxlen=window)
    for v in values:
        buf.append(v)
        if len(buf) == window:
            mean = sum(buf) / window
            yield math.sqrt(sum((x - mean) ** 2 for x in buf) / (window - 1))


def summarize_series(values: list[float], window: int = 3) -> dict:
    return {
        "sma": [round(x, 3) for x in moving_average(values, window)],
        "ewma": [round(x, 3) for x in ewma(values)],
        "rolling_std": [round(x, 3) for x in rolling_std(values, window)],
    }


if __name__ == "__main__":
    prices = [10, 11, 12, 11, 13, 15, 14, 16, 18, 17]
    for k, v in summarize_series(prices, 4).items():
        print(k, v)
