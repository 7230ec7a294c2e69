"""Discrete-event simulation of a single-server queue (e.g. a help desk)."""
import heapq
import random
import statistics
from dataclasses import dataclass, field
from enum import Enum


class Kind(Enum):
    ARRIVAL = 1
    DEPARTURE = 0  # departures first when times tie


@dataclass(order=True)
class Event:
    time: float
    kind_order: int
    customer: int = field(compare=False)
    kind: Kind = field(compare=False)


def simulate_queue(arrival_rate: float = 0.9, service_rate: float = 1.0, customers: int = 500,
                   seed: int = 7) -> dict:
    rng = random.Random(seed)
    events: list[Event] = []
    t = 0.0
    for c in range(customers):
        t += rng.expovariate(arrival_rate)
        heapq.heappush(events, Event(t, Kind.ARRIVAL.value, c, Kind.ARRIVAL))
    queue: list[int] = []
    busy = False
    arrived: dict[int, float] = {}
    waits: list[float] = []
    max_queue = 0
    now = 0.0
    while events:
        ev = heapq.heappop(events)
        now = ev.time
        if ev.kind is Kind.ARRIVAL:
            arrived[ev.customer] = now
            if busy:
                queue.append(ev.customer)
                max_queue = max(max_queue, len(queue))
            else:
                busy = True
                waits.append(0.0)
                heapq.heappush(events, Event(now + rng.expovariate(service_rate), 0, ev.customer, Kind.DEPARTURE))
        else:
            if queue:
                nxt = queue.pop(0)
                waits.append(now - arrived[nxt])
                heapq.heappush(events, Event(now + rng.expovariate(service_rate), 0, nxt, Kind.DEPARTURE))
            else:
                busy = False
    rho = arrival_rate / service_rate
    return {
        "served": len(waits),
        "mean_wait": round(statistics.fmean(waits), 3),
        "p90_wait": round(statistics.quantiles(waits, n=10)[-1], 3),
        "max_queue": max_queue,
        "theoretical_mean_wait": round(rho / (service_rate - arrival_rate), 3) if rho < 1 else None,
        "end_time": round(now, 2),
    }


if __name__ == "__main__":
    print(simulate_queue())
