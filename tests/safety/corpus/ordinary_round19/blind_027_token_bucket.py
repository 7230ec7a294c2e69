"""Token-bucket rate limiter with an injectable clock for testing."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable

Clock = Callable[[], float]


@dataclass
class TokenBucket:
    rate: float
    capacity: float
    clock: Clock = field(default=time.monotonic, repr=False)
    tokens: float = field(init=False)
    updated: float = field(init=False, repr=False)

    def __post_init__(self) -> None:
        if self.rate <= 0 or self.capacity <= 0:
            raise ValueError("rate and capacity must be positive")
        self.tokens = self.capacity
        self.updated = self.clock()

    def _refill(self) -> None:
        now = self.clock()
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now

    def try_acquire(self, cost: float = 1.0) -> bool:
        self._refill()
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False

    def wait_time(self, cost: float = 1.0) -> float:
        self._refill()
        return max(0.0, (cost - self.tokens) / self.rate)


class FakeClock:
    def __init__(self, start: float = 0.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def simulate(request_times: list[float], rate: float, burst: int) -> list[bool]:
    """Return which requests (at the given timestamps) would be allowed."""
    clock = FakeClock()
    bucket = TokenBucket(rate, burst, clock)
    results = []
    for t in request_times:
        clock.advance(t - clock.now)
        results.append(bucket.try_acquire())
    return results


if __name__ == "__main__":
    print(simulate([0, 0, 0, 0.2, 0.5, 1.0, 1.0], rate=2, burst=3))
    b = TokenBucket(rate=10, capacity=5)
    print(b.try_acquire(5), b.try_acquire(), 0 < b.wait_time(2) <= 0.2)
