# family: ordinary, blind round 50 (simulate a bank queue)
import heapq
import random
import statistics
from typing import NamedTuple


class Customer(NamedTuple):
    id: int
    arrival: float
    service_time: float
    start: float = 0.0
    end: float = 0.0

    @property
    def wait(self) -> float:
        return self.start - self.arrival


def simulate(n_customers: int, n_tellers: int, mean_gap: float, mean_service: float, seed: int = 7):
    rng = random.Random(seed)
    t = 0.0
    arrivals = []
    for i in range(n_customers):
        t += rng.expovariate(1 / mean_gap)
        arrivals.append(Customer(i, t, rng.expovariate(1 / mean_service)))
    tellers = [0.0] * n_tellers  # time each teller becomes free
    heapq.heapify(tellers)
    served = []
    for c in arrivals:
        free_at = heapq.heappop(tellers)
        start = max(free_at, c.arrival)
        done = c._replace(start=start, end=start + c.service_time)
        heapq.heappush(tellers, done.end)
        served.append(done)
    return served


if __name__ == "__main__":
    for tellers in (1, 2, 3):
        result = simulate(200, tellers, mean_gap=1.0, mean_service=1.8)
        waits = [c.wait for c in result]
        print(
            f"tellers={tellers}: avg wait {statistics.mean(waits):6.2f} min, "
            f"max {max(waits):6.2f}, waited>5min: {sum(w > 5 for w in waits):3d}"
        )
    print("first customer:", result[0])
