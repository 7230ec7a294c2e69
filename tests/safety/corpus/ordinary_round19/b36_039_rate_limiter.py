"""Token-bucket and sliding-window rate limiters with an injectable clock."""
import time
from collections import deque
from typing import Callable


class TokenBucket:
    """Allows bursts up to ``capacity``; refills at ``rate`` tokens per second."""

    def __init__(self, rate: float, capacity: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = rate
        self.capacity = capacity
        self.tokens = float(capacity)
        self.clock = clock
        self.updated = clock()

    def _refill(self) -> None:
        now = self.clock()
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now

    def allow(self, cost: float = 1.0) -> bool:
        self._refill()
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False

    def wait_time(self, cost: float = 1.0) -> float:
        self._refill()
        return max(0.0, (cost - self.tokens) / self.rate)


class SlidingWindow:
    """At most ``limit`` events within any ``window`` seconds, per key."""

    def __init__(self, limit: int, window: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        self.events: dict[str, deque[float]] = {}

    def allow(self, key: str) -> bool:
        now = self.clock()
        q = self.events.setdefault(key, deque())
        while q and now - q[0] >= self.window:
            q.popleft()
        if len(q) < self.limit:
            q.append(now)
            return True
        return False


if __name__ == "__main__":
    t = [0.0]
    bucket = TokenBucket(rate=2, capacity=3, clock=lambda: t[0])
    print([bucket.allow() for _ in range(5)])
    print(round(bucket.wait_time(), 2))
    t[0] = 1.0
    print([bucket.allow() for _ in range(3)])

    sw = SlidingWindow(limit=2, window=60, clock=lambda: t[0])
    print([sw.allow("alice") for _ in range(3)], sw.allow("bob"))
    t[0] = 62.0
    print(sw.allow("alice"))
