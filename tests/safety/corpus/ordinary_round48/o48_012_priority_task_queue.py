# family: ordinary, blind round 48 (heapq priority task queue)
import heapq
import itertools
from dataclasses import dataclass, field
from typing import Any


@dataclass(order=True)
class PrioritizedTask:
    priority: int
    sequence: int
    name: str = field(compare=False)
    payload: Any = field(compare=False, default=None)


class TaskQueue:
    """Min-heap priority queue with stable ordering and lazy removal."""

    REMOVED = "<removed>"

    def __init__(self):
        self._heap = []
        self._entries = {}
        self._counter = itertools.count()

    def push(self, name, priority=0, payload=None):
        if name in self._entries:
            self.remove(name)
        task = PrioritizedTask(priority, next(self._counter), name, payload)
        self._entries[name] = task
        heapq.heappush(self._heap, task)

    def remove(self, name):
        task = self._entries.pop(name)
        task.name = self.REMOVED

    def pop(self):
        while self._heap:
            task = heapq.heappop(self._heap)
            if task.name != self.REMOVED:
                del self._entries[task.name]
                return task
        raise KeyError("pop from empty TaskQueue")

    def __len__(self):
        return len(self._entries)

    def __bool__(self):
        return bool(self._entries)


if __name__ == "__main__":
    q = TaskQueue()
    q.push("send-newsletter", priority=5)
    q.push("rotate-logs", priority=3)
    q.push("fix-prod-outage", priority=0, payload={"ticket": "INC-42"})
    q.push("backup-db", priority=3)
    q.push("rotate-logs", priority=1)  # reprioritise
    q.push("cleanup-tmp", priority=9)
    q.remove("cleanup-tmp")
    print("queued:", len(q))
    while q:
        t = q.pop()
        extra = f" {t.payload}" if t.payload else ""
        print(f"p{t.priority} #{t.sequence} {t.name}{extra}")
