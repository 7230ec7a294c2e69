"""Task board that sorts work items by priority (IntEnum) and due date."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import IntEnum
from itertools import count

_ids = count(1)


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3
    URGENT = 4

    @classmethod
    def parse(cls, value: str | int) -> "Priority":
        return cls(value) if isinstance(value, int) else cls[value.strip().upper()]


@dataclass(order=True)
class Task:
    sort_key: tuple = field(init=False, repr=False)
    title: str = field(compare=False)
    priority: Priority = field(compare=False, default=Priority.MEDIUM)
    due: date | None = field(compare=False, default=None)
    done: bool = field(compare=False, default=False)
    id: int = field(compare=False, default_factory=lambda: next(_ids))

    def __post_init__(self) -> None:
        self.priority = Priority.parse(self.priority)
        self.sort_key = (-self.priority, self.due or date.max, self.id)

    def is_overdue(self, today: date) -> bool:
        return not self.done and self.due is not None and self.due < today


def plan_day(tasks: list[Task], today: date, capacity: int = 3) -> dict[str, list[str]]:
    board: dict[str, list[str]] = defaultdict(list)
    for task in sorted(t for t in tasks if not t.done):
        if task.is_overdue(today) or task.priority >= Priority.URGENT:
            board["now"].append(task.title)
        elif len(board["today"]) < capacity:
            board["today"].append(task.title)
        else:
            board["later"].append(task.title)
    return dict(board)


if __name__ == "__main__":
    today = date(2024, 6, 10)
    tasks = [
        Task("write report", "high", today + timedelta(days=1)),
        Task("fix prod bug", Priority.URGENT),
        Task("renew domain", 2, today - timedelta(days=2)),
        Task("team lunch", "low"),
        Task("review PR", "medium", today),
        Task("update deps", "medium"),
        Task("archive logs", "low", done=True),
    ]
    print(plan_day(tasks, today, capacity=2))
    print(max(t.priority for t in tasks), Priority.HIGH > Priority.LOW, Priority(3).name, sorted(tasks)[0].title)
