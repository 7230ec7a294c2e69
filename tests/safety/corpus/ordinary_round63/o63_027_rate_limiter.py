# family: ordinary, blind round 63 (token bucket rate limiter with injectable clock)
import time
from dataclasses import dataclass, field
from typing import Callable


class RateLimitExceeded(Exception):
    def __init__(self, retry_after):
        super().__init__(retry_after)
        self.retry_after = retry_after

    def __str__(self):
        return f"rate limit exceeded; retry in {self.retry_after:.2f}s"


@dataclass
class TokenBucket:
    rate: float
    capacity: int
    clock: Callable[[], float] = time.monotonic
    tokens: float = field(init=False)
    updated: float = field(init=False)

    def __post_init__(self):
        self.tokens = float(self.capacity)
        self.updated = self.clock()

    @classmethod
    def per_minute(cls, n, burst=None, **kwargs):
        return cls(rate=n / 60.0, capacity=burst or n, **kwargs)

    def _refill(self):
        now = self.clock()
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now

    def try_acquire(self, n=1):
        self._refill()
        if self.tokens >= n:
            self.tokens -= n
            return True
        return False

    def acquire(self, n=1):
        if not self.try_acquire(n):
            raise RateLimitExceeded((n - self.tokens) / self.rate)


class FakeClock:
    def __init__(self):
        self.t = 0.0

    def __call__(self):
        return self.t

    def advance(self, seconds):
        self.t += seconds


if __name__ == "__main__":
    clock = FakeClock()
    bucket = TokenBucket.per_minute(30, burst=5, clock=clock)
    print([bucket.try_acquire() for _ in range(7)])
    try:
        bucket.acquire()
    except RateLimitExceeded as exc:
        print(exc)
    clock.advance(4.0)
    print(bucket.try_acquire(), bucket.try_acquire(), bucket.try_acquire())
    clock.advance(60)
    refilled = bucket.try_acquire(5)
    print(f"refilled: {refilled}, left: {bucket.tokens:.1f}")
