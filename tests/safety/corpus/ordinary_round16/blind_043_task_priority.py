"""Task objects with ordering by priority and due date; a simple planner."""
from dataclasses import dataclass, field, replace
from datetime import date
from enum import IntEnum
import heapq


class Priority(IntEnum):
    LOW = 3
    NORMAL = 2
    HIGH = 1
    URGENT = 0


@dataclass(order=True, frozen=True)
class Task:
    priority: Priority
    due: date
    title: str = field(compare=False)
    estimate_h: float = field(default=1.0, compare=False)
    done: bool = field(default=False, compare=False)

    def complete(self) -> "Task":
        return replace(self, done=True)

    @classmethod
    def parse(cls, line: str) -> "Task":
        """Parse 'title | priority | YYYY-MM-DD | hours'."""
        title, prio, due, *rest = [p.strip() for p in line.split("|")]
        return cls(Priority[prio.upper()], date.fromisoformat(due), title,
                   float(rest[0]) if rest else 1.0)


def plan(tasks: list[Task], hours_per_day: float = 6.0) -> list[list[str]]:
    heap = [t for t in tasks if not t.done]
    heapq.heapify(heap)
    days: list[list[str]] = [[]]
    left = hours_per_day
    while heap:
        t = heapq.heappop(heap)
        if t.estimate_h > left and days[-1]:
            days.append([])
            left = hours_per_day
        days[-1].append(f"{t.title} ({t.priority.name.lower()}, due {t.due})")
        left -= t.estimate_h
    return days


if __name__ == "__main__":
    text = """Write report | high | 2024-05-03 | 3
Fix login bug | urgent | 2024-05-01 | 2
Water plants | low | 2024-05-10 | 0.5
Review PRs | normal | 2024-05-02 | 2
Prepare talk | high | 2024-05-02 | 4"""
    tasks = [Task.parse(l) for l in text.splitlines()]
    tasks[2] = tasks[2].complete()
    for i, d in enumerate(plan(tasks), 1):
        print(f"day {i}: {d}")
