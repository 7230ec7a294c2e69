"""Token bucket and sliding-window rate limiters with an injectable clock."""
import time
from collections import deque


class TokenBucket:
    def __init__(self, rate: float, capacity: int, clock=time.monotonic):
        self.rate = rate
        self.capacity = capacity
        self._clock = clock
        self._tokens = float(capacity)
        self._last = clock()

    def _refill(self) -> None:
        now = self._clock()
        self._tokens = min(self.capacity, self._tokens + (now - self._last) * self.rate)
        self._last = now

    def allow(self, cost: float = 1.0) -> bool:
        self._refill()
        if self._tokens >= cost:
            self._tokens -= cost
            return True
        return False

    def wait_time(self, cost: float = 1.0) -> float:
        self._refill()
        return max(0.0, (cost - self._tokens) / self.rate)


class SlidingWindow:
    def __init__(self, limit: int, window: float, clock=time.monotonic):
        self.limit, self.window, self._clock = limit, window, clock
        self._hits: dict[str, deque] = {}

    def allow(self, key: str) -> bool:
        now = self._clock()
        hits = self._hits.setdefault(key, deque())
        while hits and now - hits[0] >= self.window:
            hits.popleft()
        if len(hits) < self.limit:
            hits.append(now)
            return True
        return False


class FakeClock:
    def __init__(self):
        self.t = 0.0

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


if __name__ == "__main__":
    clock = FakeClock()
    bucket = TokenBucket(rate=2, capacity=3, clock=clock)
    print([bucket.allow() for _ in range(5)], round(bucket.wait_time(), 2))
    clock.advance(1.0)
    print([bucket.allow() for _ in range(3)])
    sw = SlidingWindow(limit=2, window=10, clock=clock)
    print([sw.allow("ip1") for _ in range(3)], sw.allow("ip2"))
    clock.advance(10)
    print(sw.allow("ip1"))
