"""Schedule jobs by priority and deadline using heapq."""

import heapq
from dataclasses import dataclass, field
from itertools import count


@dataclass(order=True)
class Job:
    priority: int
    deadline: int
    seq: int
    name: str = field(compare=False)
    duration: int = field(compare=False, default=1)


class Scheduler:
    def __init__(self) -> None:
        self._heap: list[Job] = []
        self._counter = count()

    def __len__(self) -> int:
        return len(self._heap)

    def submit(self, name: str, priority: int, deadline: int, duration: int = 1) -> None:
        heapq.heappush(self._heap, Job(-priority, deadline, next(self._counter), name, duration))

    def run(self) -> list[dict[str, object]]:
        clock = 0
        log = []
        while self._heap:
            job = heapq.heappop(self._heap)
            clock += job.duration
            log.append({"job": job.name, "finished": clock, "late": clock > job.deadline})
        return log


def schedule_jobs(jobs: list[tuple[str, int, int, int]]) -> list[dict[str, object]]:
    """jobs: (name, priority, deadline, duration). Higher priority runs first."""
    s = Scheduler()
    for name, prio, deadline, duration in jobs:
        s.submit(name, prio, deadline, duration)
    return s.run()


if __name__ == "__main__":
    for row in schedule_jobs([("backup", 1, 10, 3), ("deploy", 5, 4, 2), ("email", 5, 2, 1), ("report", 3, 5, 2)]):
        print(row)
