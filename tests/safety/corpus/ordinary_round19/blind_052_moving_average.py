"""Streaming moving-average and anomaly detection over a fixed window."""
from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass
from typing import Iterable, Iterator


class MovingWindow:
    def __init__(self, size: int) -> None:
        if size < 1:
            raise ValueError("window size must be >= 1")
        self._values: deque[float] = deque(maxlen=size)
        self._sum = 0.0
        self._sum_sq = 0.0

    def push(self, value: float) -> None:
        if len(self._values) == self._values.maxlen:
            old = self._values[0]
            self._sum -= old
            self._sum_sq -= old * old
        self._values.append(value)
        self._sum += value
        self._sum_sq += value * value

    @property
    def full(self) -> bool:
        return len(self._values) == self._values.maxlen

    @property
    def mean(self) -> float:
        return self._sum / len(self._values) if self._values else math.nan

    @property
    def std(self) -> float:
        n = len(self._values)
        if n < 2:
            return 0.0
        return math.sqrt(max(self._sum_sq / n - self.mean ** 2, 0.0))

    def __len__(self) -> int:
        return len(self._values)


@dataclass(frozen=True)
class Anomaly:
    index: int
    value: float
    expected: float

    def __str__(self) -> str:
        return f"#{self.index}: {self.value} (expected ~{self.expected:.1f})"


def detect_anomalies(series: Iterable[float], window: int = 5, k: float = 3.0) -> Iterator[Anomaly]:
    win = MovingWindow(window)
    for i, value in enumerate(series):
        if win.full and win.std and abs(value - win.mean) > k * win.std:
            yield Anomaly(i, value, win.mean)
        win.push(value)


def moving_average(series: list[float], window: int = 3) -> list[float]:
    win = MovingWindow(window)
    out = []
    for v in series:
        win.push(v)
        out.append(round(win.mean, 3))
    return out


if __name__ == "__main__":
    data = [10, 11, 10, 12, 11, 10, 45, 11, 12, 10, 11, -20, 10]
    print(moving_average(data[:6]))
    print([str(a) for a in detect_anomalies(data)])
