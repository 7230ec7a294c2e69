"""Generic stable priority queue with update and removal support."""
from __future__ import annotations

import heapq
import itertools
from typing import Generic, Iterator, TypeVar

T = TypeVar("T")
_REMOVED = object()


class PriorityQueue(Generic[T]):
    """Min-priority queue; equal priorities come out in insertion order."""

    def __init__(self) -> None:
        self._heap: list[list] = []
        self._entries: dict[T, list] = {}
        self._counter = itertools.count()

    def push(self, item: T, priority: float) -> None:
        if item in self._entries:
            self.remove(item)
        entry = [priority, next(self._counter), item]
        self._entries[item] = entry
        heapq.heappush(self._heap, entry)

    def remove(self, item: T) -> None:
        entry = self._entries.pop(item)
        entry[-1] = _REMOVED

    def pop(self) -> tuple[T, float]:
        while self._heap:
            priority, _, item = heapq.heappop(self._heap)
            if item is not _REMOVED:
                del self._entries[item]
                return item, priority
        raise IndexError("pop from empty priority queue")

    def peek(self) -> T:
        while self._heap and self._heap[0][-1] is _REMOVED:
            heapq.heappop(self._heap)
        if not self._heap:
            raise IndexError("peek at empty priority queue")
        return self._heap[0][-1]

    def __len__(self) -> int:
        return len(self._entries)

    def __bool__(self) -> bool:
        return bool(self._entries)

    def __contains__(self, item: object) -> bool:
        return item in self._entries

    def __iter__(self) -> Iterator[tuple[T, float]]:
        """Drain the queue in priority order."""
        while self:
            yield self.pop()


def schedule(jobs: dict[str, float], bumps: dict[str, float]) -> list[str]:
    pq: PriorityQueue[str] = PriorityQueue()
    for name, prio in jobs.items():
        pq.push(name, prio)
    for name, prio in bumps.items():
        pq.push(name, prio)
    return [name for name, _ in pq]


if __name__ == "__main__":
    print(schedule({"backup": 5, "email": 2, "report": 2, "cleanup": 9}, {"cleanup": 1}))
    q: PriorityQueue[str] = PriorityQueue()
    q.push("x", 3); q.push("y", 1)
    print(len(q), "y" in q, q.peek(), q.pop(), len(q))
