"""Simulate a token-bucket rate limiter over a list of request timestamps."""
from dataclasses import dataclass, field


@dataclass
class TokenBucket:
    rate: float          # tokens added per second
    capacity: float      # maximum burst
    tokens: float = field(init=False)
    last: float = field(init=False, default=0.0)

    def __post_init__(self) -> None:
        if self.rate <= 0 or self.capacity <= 0:
            raise ValueError("rate and capacity must be positive")
        self.tokens = self.capacity

    def _refill(self, now: float) -> None:
        elapsed = max(0.0, now - self.last)
        self.tokens = min(self.capacity, self.tokens + elapsed * self.rate)
        self.last = now

    def allow(self, now: float, cost: float = 1.0) -> bool:
        self._refill(now)
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False

    def wait_time(self, cost: float = 1.0) -> float:
        missing = cost - self.tokens
        return 0.0 if missing <= 0 else missing / self.rate


def simulate(timestamps: list[float], rate: float = 2.0, burst: float = 5.0) -> dict:
    bucket = TokenBucket(rate, burst)
    accepted, rejected = [], []
    waits = []
    for t in sorted(timestamps):
        if bucket.allow(t):
            accepted.append(t)
        else:
            rejected.append(t)
            waits.append(round(bucket.wait_time(), 3))
    return {
        "accepted": len(accepted),
        "rejected": len(rejected),
        "rejected_at": rejected,
        "suggested_waits": waits,
        "sustained_per_minute": rate * 60,
    }


if __name__ == "__main__":
    burst = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 2.0, 2.1, 5.0]
    print(simulate(burst))
