"""Token-bucket and sliding-window rate limiters (clock injectable for testing)."""
import time
from collections import deque


class TokenBucket:
    def __init__(self, rate: float, capacity: int, clock=time.monotonic):
        self.rate = rate
        self.capacity = capacity
        self.tokens = float(capacity)
        self.clock = clock
        self.updated = clock()

    def _refill(self):
        now = self.clock()
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now

    def allow(self, cost=1) -> bool:
        self._refill()
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False


class SlidingWindow:
    def __init__(self, limit: int, window: float, clock=time.monotonic):
        self.limit, self.window, self.clock = limit, window, clock
        self.hits = deque()

    def allow(self) -> bool:
        now = self.clock()
        while self.hits and self.hits[0] <= now - self.window:
            self.hits.popleft()
        if len(self.hits) < self.limit:
            self.hits.append(now)
            return True
        return False


class FakeClock:
    def __init__(self):
        self.t = 0.0

    def __call__(self):
        return self.t


def simulate(request_times: list, rate=1.0, capacity=3, window_limit=3, window=2.0) -> dict:
    clock = FakeClock()
    bucket = TokenBucket(rate, capacity, clock)
    sliding = SlidingWindow(window_limit, window, clock)
    rows = []
    for t in sorted(request_times):
        clock.t = t
        rows.append((t, bucket.allow(), sliding.allow()))
    return {"bucket_allowed": sum(r[1] for r in rows), "window_allowed": sum(r[2] for r in rows),
            "timeline": rows}


if __name__ == "__main__":
    print(simulate([0, 0.1, 0.2, 0.3, 0.4, 1.5, 2.2, 2.3, 5.0]))
