"""Token-bucket rate limiter evaluated against a list of timestamps."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

DEFAULT_RATE: Final = 5.0
DEFAULT_BURST: Final = 10


@dataclass
class TokenBucket:
    rate: float = DEFAULT_RATE
    capacity: int = DEFAULT_BURST
    tokens: float = field(init=False)
    last: float = field(default=0.0, init=False)

    def __post_init__(self) -> None:
        self.tokens = float(self.capacity)

    def allow(self, now: float, cost: float = 1.0) -> bool:
        elapsed = max(now - self.last, 0.0)
        self.tokens = min(self.capacity, self.tokens + elapsed * self.rate)
        self.last = now
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False


class PerKeyLimiter:
    def __init__(self, rate: float, burst: int) -> None:
        self.rate = rate
        self.burst = burst
        self.buckets: dict[str, TokenBucket] = {}

    def __call__(self, key: str, now: float) -> bool:
        bucket = self.buckets.setdefault(key, TokenBucket(self.rate, self.burst))
        return bucket.allow(now)


def evaluate_limits(requests: list[tuple[float, str]], rate: float = 1.0, burst: int = 3) -> dict[str, dict[str, int]]:
    """Entry point: count allowed/denied requests per client."""
    limiter = PerKeyLimiter(rate, burst)
    report: dict[str, dict[str, int]] = {}
    for ts, client in sorted(requests):
        verdict = "allowed" if limiter(client, ts) else "denied"
        stats = report.setdefault(client, {"allowed": 0, "denied": 0})
        stats[verdict] += 1
    return report
