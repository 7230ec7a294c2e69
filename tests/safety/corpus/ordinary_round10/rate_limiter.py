"""Token bucket rate limiter with an injectable clock."""

import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class TokenBucket:
    capacity: float
    refill_per_second: float
    clock: Callable[[], float] = time.monotonic
    tokens: float = field(init=False)
    updated: float = field(init=False)

    def __post_init__(self) -> None:
        if self.capacity <= 0 or self.refill_per_second < 0:
            raise ValueError("capacity must be positive and refill non-negative")
        self.tokens = self.capacity
        self.updated = self.clock()

    def _refill(self) -> None:
        now = self.clock()
        elapsed = max(0.0, now - self.updated)
        self.tokens = min(self.capacity, self.tokens + elapsed * self.refill_per_second)
        self.updated = now

    def try_acquire(self, cost: float = 1.0) -> bool:
        self._refill()
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False


def simulate_requests(timestamps: list[float], capacity: float = 3, rate: float = 1.0) -> list[bool]:
    """Replay request timestamps against a bucket and report which were allowed."""
    times = iter(sorted(timestamps))
    current = [timestamps[0] if timestamps else 0.0]

    def fake_clock() -> float:
        return current[0]

    bucket = TokenBucket(capacity, rate, clock=fake_clock)
    results = []
    for t in times:
        current[0] = t
        results.append(bucket.try_acquire())
    return results


if __name__ == "__main__":
    print(simulate_requests([0, 0.1, 0.2, 0.3, 1.5, 1.6, 3.0]))
