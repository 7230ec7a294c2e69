# family: ordinary, blind round 61 (token bucket rate limiter simulation)
from collections import Counter
from dataclasses import dataclass, field


@dataclass
class TokenBucket:
    capacity: float
    refill_per_sec: float
    tokens: float = field(init=False)
    last: float = field(default=0.0)

    def __post_init__(self) -> None:
        if self.capacity <= 0 or self.refill_per_sec < 0:
            raise ValueError("capacity must be > 0 and refill rate >= 0")
        self.tokens = self.capacity

    def allow(self, now: float, cost: float = 1.0) -> tuple[bool, float]:
        if now < self.last:
            raise ValueError("time must not go backwards")
        self.tokens = min(self.capacity, self.tokens + (now - self.last) * self.refill_per_sec)
        self.last = now
        if self.tokens >= cost:
            self.tokens -= cost
            return True, 0.0
        wait = (cost - self.tokens) / self.refill_per_sec if self.refill_per_sec else float("inf")
        return False, round(wait, 3)


def simulate_rate_limit(request_times: list[float], capacity: int = 5, per_second: float = 2.0,
                        clients: list[str] | None = None) -> dict:
    """Replay timestamped requests (optionally per client) through token buckets."""
    clients = clients or ["default"] * len(request_times)
    if len(clients) != len(request_times):
        raise ValueError("clients and request_times must have the same length")
    buckets: dict[str, TokenBucket] = {}
    decisions, outcome = [], Counter()
    for t, client in sorted(zip(request_times, clients)):
        bucket = buckets.setdefault(client, TokenBucket(capacity, per_second, last=t))
        ok, retry_after = bucket.allow(t)
        outcome[(client, ok)] += 1
        decisions.append({"t": t, "client": client, "allowed": ok, "retry_after": retry_after or None})
    summary = {c: {"allowed": outcome[(c, True)], "rejected": outcome[(c, False)]} for c in buckets}
    return {"summary": summary, "decisions": decisions}


if __name__ == "__main__":
    burst = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 2.0, 2.1, 5.0]
    result = simulate_rate_limit(burst, capacity=4, per_second=1.0)
    print(result["summary"])
    for d in result["decisions"]:
        print(d)
    print(simulate_rate_limit([0, 0, 0, 0], capacity=2, clients=["a", "b", "a", "a"])["summary"])
