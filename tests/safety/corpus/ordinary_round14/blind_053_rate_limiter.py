"""Token bucket and sliding-window rate limiters with an injectable clock."""
import time
from collections import deque
from typing import Callable


class TokenBucket:
    def __init__(self, rate: float, capacity: int, clock: Callable[[], float] = time.monotonic):
        self.rate = rate
        self.capacity = capacity
        self.clock = clock
        self.tokens = float(capacity)
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
    def __init__(self, limit: int, window: float, clock: Callable[[], float] = time.monotonic):
        self.limit, self.window, self.clock = limit, window, clock
        self.events: deque[float] = deque()

    def allow(self) -> bool:
        now = self.clock()
        while self.events and self.events[0] <= now - self.window:
            self.events.popleft()
        if len(self.events) < self.limit:
            self.events.append(now)
            return True
        return False


class FakeClock:
    def __init__(self, start: float = 0.0):
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def simulate(request_times: list[float], rate: float = 2.0, capacity: int = 3,
             window_limit: int = 3, window: float = 1.0) -> list[dict]:
    clock = FakeClock()
    bucket = TokenBucket(rate, capacity, clock)
    sliding = SlidingWindow(window_limit, window, clock)
    out = []
    for t in sorted(request_times):
        clock.advance(t - clock.now)
        out.append({"t": t, "bucket": bucket.allow(), "window": sliding.allow(),
                    "retry_after": round(bucket.wait_time(), 3)})
    return out


if __name__ == "__main__":
    for row in simulate([0, 0.1, 0.2, 0.3, 0.4, 1.0, 1.1, 1.15, 2.5]):
        print(row)
