# family: ordinary, blind round 61 (M/M/c queue simulation)
import heapq
import random
import statistics
from dataclasses import dataclass


@dataclass(order=True)
class Event:
    time: float
    kind: str
    customer: int


def simulate_queue(arrival_rate: float, service_rate: float, servers: int = 1,
                   customers: int = 500, seed: int = 42) -> dict:
    """Simulate a multi-server queue with exponential arrivals/service (seeded).

    Returns average wait, average time in system and server utilisation.
    """
    if min(arrival_rate, service_rate) <= 0 or servers < 1:
        raise ValueError("rates must be positive and servers >= 1")
    rng = random.Random(seed)
    events: list[Event] = []
    t = 0.0
    for cid in range(customers):
        t += rng.expovariate(arrival_rate)
        heapq.heappush(events, Event(t, "arrive", cid))
    free, waiting = servers, []
    arrived, started, finished = {}, {}, {}
    busy_time = 0.0
    while events:
        ev = heapq.heappop(events)
        if ev.kind == "arrive":
            arrived[ev.customer] = ev.time
            waiting.append(ev.customer)
        else:
            finished[ev.customer] = ev.time
            free += 1
        while free and waiting:
            cid = waiting.pop(0)
            free -= 1
            started[cid] = ev.time
            duration = rng.expovariate(service_rate)
            busy_time += duration
            heapq.heappush(events, Event(ev.time + duration, "depart", cid))
    waits = [started[c] - arrived[c] for c in arrived]
    sojourn = [finished[c] - arrived[c] for c in arrived]
    horizon = max(finished.values())
    return {
        "customers": customers,
        "avg_wait": round(statistics.fmean(waits), 3),
        "p95_wait": round(statistics.quantiles(waits, n=20)[-1], 3),
        "avg_time_in_system": round(statistics.fmean(sojourn), 3),
        "utilization": round(busy_time / (servers * horizon), 3),
        "theoretical_rho": round(arrival_rate / (servers * service_rate), 3),
    }


if __name__ == "__main__":
    print(simulate_queue(arrival_rate=0.9, service_rate=1.0, servers=1))
    print(simulate_queue(arrival_rate=0.9, service_rate=1.0, servers=2))
