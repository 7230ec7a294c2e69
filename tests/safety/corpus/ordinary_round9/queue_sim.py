"""Simulate a single-server queue with a seeded random generator."""
import random
import statistics
from collections import deque
from dataclasses import dataclass, field


@dataclass
class Customer:
    ident: int
    arrival: float
    service: float
    start: float = 0.0

    @property
    def wait(self) -> float:
        return self.start - self.arrival


@dataclass
class Stats:
    waits: list[float] = field(default_factory=list)
    max_queue: int = 0

    def summary(self) -> dict[str, float]:
        if not self.waits:
            return {"served": 0}
        return {
            "served": len(self.waits),
            "mean_wait": round(statistics.fmean(self.waits), 3),
            "p90_wait": round(statistics.quantiles(self.waits, n=10)[-1], 3) if len(self.waits) > 1 else 0.0,
            "max_queue": self.max_queue,
        }


def simulate_queue(customers: int, arrival_rate: float, service_rate: float, seed: int = 1) -> dict[str, float]:
    """Entry point: M/M/1 style simulation returning wait statistics."""
    rng = random.Random(seed)
    t = 0.0
    arrivals: deque[Customer] = deque()
    for i in range(customers):
        t += rng.expovariate(arrival_rate)
        arrivals.append(Customer(i, t, rng.expovariate(service_rate)))
    stats = Stats()
    clock = 0.0
    waiting: deque[Customer] = deque()
    while arrivals or waiting:
        if not waiting:
            waiting.append(arrivals.popleft())
        c = waiting.popleft()
        c.start = max(clock, c.arrival)
        clock = c.start + c.service
        while arrivals and arrivals[0].arrival <= clock:
            waiting.append(arrivals.popleft())
        stats.max_queue = max(stats.max_queue, len(waiting))
        stats.waits.append(c.wait)
    return stats.summary()
