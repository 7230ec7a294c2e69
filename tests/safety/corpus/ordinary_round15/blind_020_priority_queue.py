"""Task scheduler with a heap of comparable Task objects (priority, then deadline, then FIFO)."""
import heapq
import itertools
from dataclasses import dataclass, field


@dataclass(order=True)
class Task:
    sort_key: tuple = field(init=False, repr=False)
    priority: int
    deadline: int
    name: str = field(compare=False)
    seq: int = field(default=0, compare=False)

    def __post_init__(self):
        self.sort_key = (-self.priority, self.deadline, self.seq)


class Scheduler:
    def __init__(self):
        self._heap = []
        self._counter = itertools.count()
        self._cancelled = set()

    def add(self, name, priority=0, deadline=10**9):
        t = Task(priority, deadline, name, next(self._counter))
        t.__post_init__()
        heapq.heappush(self._heap, t)
        return t

    def cancel(self, name):
        self._cancelled.add(name)

    def pop(self):
        while self._heap:
            t = heapq.heappop(self._heap)
            if t.name not in self._cancelled:
                return t
        raise IndexError("no tasks")

    def drain(self):
        order = []
        while True:
            try:
                order.append(self.pop().name)
            except IndexError:
                return order


def plan(tasks: list, cancelled: list = ()) -> list:
    s = Scheduler()
    for t in tasks:
        s.add(t["name"], t.get("priority", 0), t.get("deadline", 10**9))
    for c in cancelled:
        s.cancel(c)
    return s.drain()


if __name__ == "__main__":
    print(plan([{"name": "email", "priority": 1}, {"name": "deploy", "priority": 5, "deadline": 3},
                {"name": "review", "priority": 5, "deadline": 1}, {"name": "lunch"},
                {"name": "backup", "priority": 5, "deadline": 1}], cancelled=["lunch"]))
