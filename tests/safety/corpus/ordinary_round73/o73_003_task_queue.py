# family: ordinary, blind round 73 (dataclass-heavy typed tools)
"""Priority task queue built on heapq with ordered dataclasses."""
import heapq
import itertools
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any, Callable


class Priority(IntEnum):
    HIGH = 0
    NORMAL = 1
    LOW = 2


@dataclass(order=True)
class Task:
    priority: Priority
    seq: int
    name: str = field(compare=False)
    action: Callable[[], Any] = field(compare=False, repr=False)


@dataclass
class TaskQueue:
    _heap: list[Task] = field(default_factory=list)
    _counter: itertools.count = field(default_factory=itertools.count)

    def push(self, name: str, action: Callable[[], Any], priority: Priority = Priority.NORMAL) -> None:
        heapq.heappush(self._heap, Task(priority, next(self._counter), name, action))

    def pop(self) -> Task:
        if not self._heap:
            raise IndexError("queue is empty")
        return heapq.heappop(self._heap)

    def __len__(self) -> int:
        return len(self._heap)

    def run_all(self) -> list[tuple[str, Any]]:
        results = []
        while self._heap:
            task = self.pop()
            results.append((task.name, task.action()))
        return results


if __name__ == "__main__":
    q = TaskQueue()
    q.push("cleanup", lambda: "cleaned", Priority.LOW)
    q.push("alert", lambda: "alerted", Priority.HIGH)
    q.push("report", lambda: 42)
    q.push("alert2", lambda: "again", Priority.HIGH)
    print(len(q))
    for name, result in q.run_all():
        print(name, result)
