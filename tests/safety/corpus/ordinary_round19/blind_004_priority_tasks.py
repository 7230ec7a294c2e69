"""A priority task queue built on heapq with orderable dataclass entries."""
from __future__ import annotations

import heapq
import itertools
from dataclasses import dataclass, field
from typing import Any, Iterator


@dataclass(order=True)
class PrioritizedTask:
    priority: int
    sequence: int
    name: str = field(compare=False)
    payload: dict[str, Any] = field(default_factory=dict, compare=False)


class TaskQueue:
    """Min-priority queue; ties are broken by insertion order."""

    def __init__(self) -> None:
        self._heap: list[PrioritizedTask] = []
        self._counter = itertools.count()
        self._removed: set[int] = set()

    def push(self, name: str, priority: int = 5, **payload: Any) -> int:
        seq = next(self._counter)
        heapq.heappush(self._heap, PrioritizedTask(priority, seq, name, payload))
        return seq

    def cancel(self, seq: int) -> None:
        self._removed.add(seq)

    def pop(self) -> PrioritizedTask:
        while self._heap:
            task = heapq.heappop(self._heap)
            if task.sequence not in self._removed:
                return task
        raise IndexError("pop from empty TaskQueue")

    def __len__(self) -> int:
        return sum(1 for t in self._heap if t.sequence not in self._removed)

    def __iter__(self) -> Iterator[PrioritizedTask]:
        return iter(sorted(t for t in self._heap if t.sequence not in self._removed))


def schedule(tasks: list[tuple[str, int]]) -> list[str]:
    """Return task names in the order they should run."""
    queue = TaskQueue()
    for name, prio in tasks:
        queue.push(name, prio)
    return [queue.pop().name for _ in range(len(queue))]


if __name__ == "__main__":
    print(schedule([("deploy", 3), ("lint", 1), ("test", 2), ("notify", 3)]))
    q = TaskQueue()
    first = q.push("a", 1)
    q.push("b", 2, owner="ops")
    q.cancel(first)
    print(len(q), q.pop())
