# family: ordinary, blind round 63 (discrete event queue using heapq and ordered dataclasses)
import heapq
import itertools
from dataclasses import dataclass, field
from typing import Callable


@dataclass(order=True)
class Event:
    time: float
    priority: int
    seq: int
    name: str = field(compare=False)
    action: Callable = field(compare=False, repr=False)


class EventQueue:
    def __init__(self):
        self._heap = []
        self._counter = itertools.count()
        self.now = 0.0
        self.log = []

    def schedule(self, delay, name, action, priority=0):
        event = Event(self.now + delay, priority, next(self._counter), name, action)
        heapq.heappush(self._heap, event)
        return event

    def __len__(self):
        return len(self._heap)

    def __bool__(self):
        return bool(self._heap)

    def run(self, until=float("inf")):
        while self._heap and self._heap[0].time <= until:
            event = heapq.heappop(self._heap)
            self.now = event.time
            self.log.append(f"t={self.now:5.1f} {event.name}")
            event.action(self)
        return self.now


def make_customer(i):
    def arrive(q):
        q.schedule(2.5, f"serve customer {i}", lambda q: None, priority=1)
        if i < 3:
            q.schedule(1.0, f"customer {i + 1} arrives", make_customer(i + 1))
    return arrive


if __name__ == "__main__":
    queue = EventQueue()
    queue.schedule(0, "customer 1 arrives", make_customer(1))
    queue.schedule(3.5, "shift change", lambda q: None, priority=0)
    end = queue.run(until=4.0)
    print("\n".join(queue.log))
    print(f"paused at {end}, pending={len(queue)}")
    queue.run()
    print(queue.log[-1], bool(queue))
