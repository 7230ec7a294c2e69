"""A task queue with priorities and stable FIFO order for ties."""
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
    def __init__(self):
        self._heap: list[_Entry] = []
        self._index: dict[Any, _Entry] = {}
        self._counter = itertools.count()

    def push(self, task, priority: int = 0) -> None:
        if task in self._index:
            self.remove(task)
        entry = _Entry(priority, next(self._counter), task)
        self._index[task] = entry
        heapq.heappush(self._heap, entry)

    def remove(self, task) -> None:
        entry = self._index.pop(task)
        entry.removed = True

    def pop(self):
        while self._heap:
            entry = heapq.heappop(self._heap)
            if not entry.removed:
                del self._index[entry.task]
                return entry.task
        raise IndexError("pop from empty priority queue")

    def __len__(self) -> int:
        return len(self._index)

    def __bool__(self) -> bool:
        return bool(self._index)


if __name__ == "__main__":
    q = PriorityQueue()
    q.push("write report", 2)
    q.push("fix bug", 1)
    q.push("lunch", 3)
    q.push("review PR", 1)
    q.push("write report", 0)
    q.remove("lunch")
    while q:
        print(q.pop())
