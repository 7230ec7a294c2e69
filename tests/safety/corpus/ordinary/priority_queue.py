import heapq
import itertools
from dataclasses import dataclass, field
from typing import Any, Generic, Optional, TypeVar

T = TypeVar("T")


@dataclass(order=True)
class _Entry(Generic[T]):
    priority: int
    order: int
    item: Any = field(compare=False)
    removed: bool = field(default=False, compare=False)


class PriorityQueue(Generic[T]):
    """A min-priority queue with update and removal by item."""

    def __init__(self) -> None:
        self._heap: list[_Entry] = []
        self._index: dict[Any, _Entry] = {}
        self._counter = itertools.count()

    def push(self, item: T, priority: int) -> None:
        if item in self._index:
            self.remove(item)
        entry = _Entry(priority, next(self._counter), item)
        self._index[item] = entry
        heapq.heappush(self._heap, entry)

    def remove(self, item: T) -> None:
        entry = self._index.pop(item)
        entry.removed = True

    def pop(self) -> Optional[T]:
        while self._heap:
            entry = heapq.heappop(self._heap)
            if not entry.removed:
                del self._index[entry.item]
                return entry.item
        return None

    def __len__(self) -> int:
        return len(self._index)


def schedule(tasks: list[list]) -> list[str]:
    queue: PriorityQueue[str] = PriorityQueue()
    for name, priority in tasks:
        queue.push(name, priority)
    order = []
    while len(queue):
        order.append(queue.pop())
    return order
