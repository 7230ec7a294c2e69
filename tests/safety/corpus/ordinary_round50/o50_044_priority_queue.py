# family: ordinary, blind round 50 (priority queue with heapq)
import heapq
import itertools
from dataclasses import dataclass, field
from typing import Any


@dataclass(order=True)
class _Entry:
    priority: int
    seq: int
    task: Any = field(compare=False)
    removed: bool = field(default=False, compare=False)


class PriorityQueue:
    """Min-priority queue with stable ordering, priority updates and lazy deletion."""

    def __init__(self):
        self._heap = []
        self._index = {}
        self._counter = itertools.count()

    def push(self, task, priority):
        if task in self._index:
            self.remove(task)
        entry = _Entry(priority, next(self._counter), task)
        self._index[task] = entry
        heapq.heappush(self._heap, entry)

    def remove(self, task):
        self._index.pop(task).removed = True

    def pop(self):
        while self._heap:
            entry = heapq.heappop(self._heap)
            if not entry.removed:
                del self._index[entry.task]
                return entry.task, entry.priority
        raise IndexError("pop from empty priority queue")

    def peek(self):
        while self._heap and self._heap[0].removed:
            heapq.heappop(self._heap)
        return (self._heap[0].task, self._heap[0].priority) if self._heap else None

    def __len__(self):
        return len(self._index)


if __name__ == "__main__":
    pq = PriorityQueue()
    for task, prio in [("write report", 3), ("fix prod bug", 1), ("lunch", 2), ("email", 3), ("review PR", 2)]:
        pq.push(task, prio)
    pq.push("email", 0)          # escalate
    pq.remove("lunch")
    print("peek:", pq.peek(), "| size:", len(pq))
    while pq:
        print("  ->", *pq.pop())
    print("three smallest:", heapq.nsmallest(3, [9, 4, 7, 1, 8, 2]))
