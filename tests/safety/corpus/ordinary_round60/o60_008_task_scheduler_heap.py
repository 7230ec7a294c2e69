# family: ordinary, blind round 60 (priority task scheduler using heapq)
import heapq
import itertools
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import IntEnum


class Priority(IntEnum):
    CRITICAL = 0
    HIGH = 1
    NORMAL = 2
    LOW = 3


@dataclass(order=True)
class ScheduledTask:
    due: datetime
    priority: Priority
    seq: int
    name: str = field(compare=False)
    tags: list[str] = field(default_factory=list, compare=False)


class Scheduler:
    def __init__(self):
        self._heap: list[ScheduledTask] = []
        self._counter = itertools.count()

    def schedule(self, name: str, due: datetime, priority: Priority = Priority.NORMAL, *tags: str):
        task = ScheduledTask(due, priority, next(self._counter), name, list(tags))
        heapq.heappush(self._heap, task)
        return task

    def pop_due(self, now: datetime) -> list[ScheduledTask]:
        ready = []
        while self._heap and self._heap[0].due <= now:
            ready.append(heapq.heappop(self._heap))
        return ready

    def peek(self) -> ScheduledTask | None:
        return self._heap[0] if self._heap else None

    def __len__(self):
        return len(self._heap)


if __name__ == "__main__":
    base = datetime(2024, 5, 1, 9, 0)
    s = Scheduler()
    s.schedule("send newsletter", base + timedelta(hours=2), Priority.LOW, "email")
    s.schedule("backup db", base, Priority.CRITICAL, "ops")
    s.schedule("rotate logs", base, Priority.NORMAL, "ops")
    s.schedule("renew cert", base + timedelta(minutes=30), Priority.HIGH)
    now = base + timedelta(minutes=45)
    for t in s.pop_due(now):
        print(f"{t.due:%H:%M} [{t.priority.name:8}] {t.name} {t.tags}")
    nxt = s.peek()
    print("remaining:", len(s), "next:", nxt.name if nxt else None)
