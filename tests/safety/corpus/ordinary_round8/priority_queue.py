"""A generic priority queue with stable ordering and task scheduling demo."""
import heapq
import itertools
from typing import Generic, Iterator, TypeVar

T = TypeVar("T")


class PriorityQueue(Generic[T]):
    """Min-priority queue; equal priorities come out in insertion order."""

    _REMOVED = object()

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
        entry[-1] = self._REMOVED

    def pop(self) -> tuple[T, float]:
        while self._heap:
            priority, _, item = heapq.heappop(self._heap)
            if item is not self._REMOVED:
                del self._entries[item]
                return item, priority
        raise KeyError("pop from an empty priority queue")

    def __len__(self) -> int:
        return len(self._entries)

    def __bool__(self) -> bool:
        return bool(self._entries)

    def __contains__(self, item: object) -> bool:
        return item in self._entries

    def drain(self) -> Iterator[tuple[T, float]]:
        while self:
            yield self.pop()


def schedule(tasks: dict[str, float], reprioritize: dict[str, float] | None = None,
             cancel: list[str] | None = None) -> list[str]:
    pq: PriorityQueue[str] = PriorityQueue()
    for name, prio in tasks.items():
        pq.push(name, prio)
    for name, prio in (reprioritize or {}).items():
        pq.push(name, prio)
    for name in cancel or []:
        if name in pq:
            pq.remove(name)
    return [f"{name} (p={prio:g})" for name, prio in pq.drain()]


if __name__ == "__main__":
    print(schedule({"build": 2, "test": 3, "lint": 1, "deploy": 5, "docs": 3},
                   reprioritize={"deploy": 0.5}, cancel=["docs"]))
