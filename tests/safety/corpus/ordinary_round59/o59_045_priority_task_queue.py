# family: ordinary, blind round 59 (priority task queue with stable ordering and cancellation)
import heapq
import itertools
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any, Dict, List, Optional


class Priority(IntEnum):
    CRITICAL = 0
    HIGH = 1
    NORMAL = 2
    LOW = 3


@dataclass(order=True)
class _Entry:
    priority: int
    seq: int
    task_id: str = field(compare=False)
    payload: Any = field(compare=False, default=None)
    cancelled: bool = field(compare=False, default=False)


class TaskQueue:
    def __init__(self) -> None:
        self._heap: List[_Entry] = []
        self._index: Dict[str, _Entry] = {}
        self._counter = itertools.count()

    def push(self, task_id: str, payload: Any = None, priority: Priority = Priority.NORMAL) -> None:
        if task_id in self._index:
            self.cancel(task_id)
        entry = _Entry(int(priority), next(self._counter), task_id, payload)
        self._index[task_id] = entry
        heapq.heappush(self._heap, entry)

    def cancel(self, task_id: str) -> bool:
        entry = self._index.pop(task_id, None)
        if entry is None:
            return False
        entry.cancelled = True
        return True

    def pop(self) -> Optional[_Entry]:
        while self._heap:
            entry = heapq.heappop(self._heap)
            if not entry.cancelled:
                del self._index[entry.task_id]
                return entry
        return None

    def __len__(self) -> int:
        return len(self._index)


if __name__ == "__main__":
    q = TaskQueue()
    q.push("send-digest", {"user": 1}, Priority.LOW)
    q.push("charge-card", {"amount": 30}, Priority.CRITICAL)
    q.push("resize-image", {"id": "img9"})
    q.push("reindex", None, Priority.HIGH)
    q.push("resize-thumb", {"id": "img10"})
    q.push("send-digest", {"user": 1}, Priority.HIGH)  # re-prioritised
    q.cancel("reindex")
    print("pending:", len(q))
    while (task := q.pop()) is not None:
        print(f"{Priority(task.priority).name:<8} #{task.seq} {task.task_id} {task.payload}")
