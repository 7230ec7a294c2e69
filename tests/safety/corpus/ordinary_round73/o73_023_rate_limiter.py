# family: ordinary, blind round 73 (dataclass-heavy typed tools)
"""Token bucket rate limiter simulated with explicit timestamps."""
from dataclasses import dataclass, field
from typing import Optional


@dataclass(slots=True)
class TokenBucket:
    capacity: float
    refill_per_sec: float
    tokens: float = field(init=False)
    last: float = 0.0

    def __post_init__(self) -> None:
        if self.capacity <= 0 or self.refill_per_sec < 0:
            raise ValueError("capacity must be > 0 and refill >= 0")
        self.tokens = self.capacity

    def _refill(self, now: float) -> None:
        if now < self.last:
            raise ValueError("time went backwards")
        self.tokens = min(self.capacity, self.tokens + (now - self.last) * self.refill_per_sec)
        self.last = now

    def try_acquire(self, now: float, cost: float = 1.0) -> bool:
        self._refill(now)
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False

    def wait_time(self, now: float, cost: float = 1.0) -> float:
        self._refill(now)
        deficit = cost - self.tokens
        if deficit <= 0:
            return 0.0
        return float("inf") if self.refill_per_sec == 0 else deficit / self.refill_per_sec


@dataclass
class KeyedLimiter:
    capacity: float
    refill_per_sec: float
    buckets: dict[str, TokenBucket] = field(default_factory=dict)

    def allow(self, key: str, now: float, cost: float = 1.0) -> bool:
        bucket = self.buckets.get(key)
        if bucket is None:
            bucket = self.buckets[key] = TokenBucket(self.capacity, self.refill_per_sec, last=now)
        return bucket.try_acquire(now, cost)

    def bucket(self, key: str) -> Optional[TokenBucket]:
        return self.buckets.get(key)


if __name__ == "__main__":
    limiter = KeyedLimiter(capacity=3, refill_per_sec=1)
    timeline = [0.0, 0.1, 0.2, 0.3, 0.5, 1.4, 2.5]
    print([limiter.allow("alice", t) for t in timeline])
    print([limiter.allow("bob", t) for t in (0.0, 0.0)])
    b = limiter.bucket("alice")
    assert b is not None
    print(round(b.tokens, 2), round(b.wait_time(2.5, 2), 2))
