"""Schedule tasks by priority using heapq and ordered dataclasses."""
import heapq
import itertools
from dataclasses import dataclass, field
from typing import ClassVar, Literal

Priority = Literal["low", "normal", "high", "urgent"]


@dataclass(order=True)
class Task:
    sort_key: tuple[int, int] = field(init=False, repr=False)
    name: str = field(compare=False)
    priority: Priority = field(default="normal", compare=False)
    minutes: int = field(default=15, compare=False)

    RANK: ClassVar[dict[str, int]] = {"urgent": 0, "high": 1, "normal": 2, "low": 3}
    _counter: ClassVar[itertools.count] = itertools.count()

    def __post_init__(self) -> None:
        self.sort_key = (self.RANK[self.priority], next(Task._counter))


def plan_day(tasks: list[dict], budget_minutes: int = 120) -> dict[str, list[str]]:
    """Entry point: pick tasks in priority order until the budget runs out."""
    heap: list[Task] = []
    for spec in tasks:
        heapq.heappush(heap, Task(name=spec["name"], priority=spec.get("priority", "normal"),
                                  minutes=int(spec.get("minutes", 15))))
    planned: list[str] = []
    deferred: list[str] = []
    remaining = budget_minutes
    while heap:
        task = heapq.heappop(heap)
        if task.minutes <= remaining:
            planned.append(f"{task.name} ({task.priority}, {task.minutes}m)")
            remaining -= task.minutes
        else:
            deferred.append(task.name)
    return {"planned": planned, "deferred": deferred, "left": [str(remaining)]}
