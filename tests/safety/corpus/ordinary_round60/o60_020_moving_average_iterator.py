# family: ordinary, blind round 60 (streaming moving-average iterator with deque)
from collections import deque
from itertools import islice, accumulate
from typing import Iterable, Iterator


class MovingAverage:
    """Iterator yielding the rolling mean of the last `window` values."""

    def __init__(self, source: Iterable[float], window: int = 3):
        if window < 1:
            raise ValueError("window must be positive")
        self._source = iter(source)
        self._window = deque(maxlen=window)
        self._sum = 0.0

    def __iter__(self) -> Iterator[float]:
        return self

    def __next__(self) -> float:
        value = next(self._source)
        if len(self._window) == self._window.maxlen:
            self._sum -= self._window[0]
        self._window.append(value)
        self._sum += value
        return self._sum / len(self._window)


def cumulative_mean(values: Iterable[float]) -> Iterator[float]:
    for i, total in enumerate(accumulate(values), start=1):
        yield total / i


def detect_spikes(values: list[float], window: int = 3, factor: float = 1.5) -> list[int]:
    spikes = []
    averages = MovingAverage(values, window)
    prev_avg = None
    for idx, (value, avg) in enumerate(zip(values, averages)):
        if prev_avg is not None and value > prev_avg * factor:
            spikes.append(idx)
        prev_avg = avg
    return spikes


if __name__ == "__main__":
    data = [10, 12, 11, 13, 30, 12, 11, 10, 25, 9]
    print("moving avg:", [round(x, 2) for x in MovingAverage(data, window=3)])
    print("cumulative:", [round(x, 2) for x in cumulative_mean(data)])
    print("first 4:", list(islice(MovingAverage(iter(data), 2), 4)))
    print("spikes at:", detect_spikes(data))
