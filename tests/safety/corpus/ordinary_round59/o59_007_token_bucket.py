# family: ordinary, blind round 59 (rate-limit token bucket simulator)
from dataclasses import dataclass, field
from typing import List, Tuple


@dataclass
class TokenBucket:
    capacity: float
    refill_rate: float  # tokens per second
    tokens: float = field(init=False)
    last_time: float = field(default=0.0)
    log: List[Tuple[float, bool, float]] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.capacity <= 0 or self.refill_rate < 0:
            raise ValueError("capacity must be positive and refill_rate non-negative")
        self.tokens = self.capacity

    def _refill(self, now: float) -> None:
        elapsed = max(0.0, now - self.last_time)
        self.tokens = min(self.capacity, self.tokens + elapsed * self.refill_rate)
        self.last_time = now

    def allow(self, now: float, cost: float = 1.0) -> bool:
        self._refill(now)
        ok = self.tokens >= cost
        if ok:
            self.tokens -= cost
        self.log.append((now, ok, round(self.tokens, 3)))
        return ok


def simulate(request_times: List[float], capacity: float = 3, rate: float = 1.0) -> dict:
    bucket = TokenBucket(capacity, rate)
    results = [bucket.allow(t) for t in sorted(request_times)]
    return {
        "allowed": sum(results),
        "rejected": len(results) - sum(results),
        "trace": bucket.log,
    }


if __name__ == "__main__":
    times = [0.0, 0.1, 0.2, 0.3, 0.4, 1.5, 1.6, 3.0, 3.05, 3.1, 3.15, 6.0]
    report = simulate(times, capacity=3, rate=1.0)
    print(f"allowed={report['allowed']} rejected={report['rejected']}")
    for t, ok, left in report["trace"]:
        print(f"  t={t:5.2f}  {'ALLOW' if ok else 'DENY ':5}  tokens_left={left}")
