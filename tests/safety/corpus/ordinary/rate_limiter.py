import time
from collections import deque
from typing import Deque


class TokenBucket:
    """Allow ``rate`` events per ``per`` seconds with bursts up to ``capacity``."""

    def __init__(self, rate: float, per: float = 1.0, capacity: int | None = None) -> None:
        if rate <= 0 or per <= 0:
            raise ValueError("rate and per must be positive")
        self.rate = rate / per
        self.capacity = capacity or int(rate)
        self.tokens = float(self.capacity)
        self.updated = time.monotonic()

    def allow(self, now: float | None = None) -> bool:
        current = time.monotonic() if now is None else now
        elapsed = max(0.0, current - self.updated)
        self.updated = current
        self.tokens = min(self.capacity, self.tokens + elapsed * self.rate)
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False


class SlidingWindow:
    def __init__(self, limit: int, window: float) -> None:
        self.limit = limit
        self.window = window
        self.events: Deque[float] = deque()

    def allow(self, now: float) -> bool:
        while self.events and now - self.events[0] >= self.window:
            self.events.popleft()
        if len(self.events) < self.limit:
            self.events.append(now)
            return True
        return False


def simulate(timestamps: list[float], limit: int, window: float) -> list[bool]:
    limiter = SlidingWindow(limit, window)
    return [limiter.allow(t) for t in timestamps]
