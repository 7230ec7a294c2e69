"""A job scheduler backed by heapq with priorities and stable ordering."""
import heapq
import itertools
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)
    duration: int = field(compare=False, default=1)


class Scheduler:
    def __init__(self):
        self._heap: list[Job] = []
        self._counter = itertools.count()
        self._cancelled: set[str] = set()

    def __len__(self) -> int:
        return len(self._heap) - len(self._cancelled)

    def __bool__(self) -> bool:
        return len(self) > 0

    def submit(self, name: str, priority: int = 5, duration: int = 1) -> None:
        heapq.heappush(self._heap, Job(priority, next(self._counter), name, duration))

    def cancel(self, name: str) -> None:
        if any(j.name == name for j in self._heap):
            self._cancelled.add(name)

    def pop(self) -> Job | None:
        while self._heap:
            job = heapq.heappop(self._heap)
            if job.name in self._cancelled:
                self._cancelled.discard(job.name)
                continue
            return job
        return None

    def run(self, workers: int = 2) -> list[dict]:
        """Simulate ``workers`` parallel workers; return the timeline."""
        free_at = [(0, w) for w in range(workers)]
        heapq.heapify(free_at)
        timeline = []
        while (job := self.pop()) is not None:
            start, worker = heapq.heappop(free_at)
            timeline.append({"job": job.name, "worker": worker, "start": start, "end": start + job.duration})
            heapq.heappush(free_at, (start + job.duration, worker))
        return timeline


def schedule(jobs: list[dict], workers: int = 2, cancel: list[str] = ()) -> list[dict]:
    s = Scheduler()
    for j in jobs:
        s.submit(j["name"], j.get("priority", 5), j.get("duration", 1))
    for name in cancel:
        s.cancel(name)
    return s.run(workers)


if __name__ == "__main__":
    for row in schedule([
        {"name": "backup", "priority": 9, "duration": 5},
        {"name": "email", "priority": 1, "duration": 1},
        {"name": "report", "priority": 3, "duration": 2},
        {"name": "cleanup", "priority": 3, "duration": 4},
        {"name": "index", "priority": 2, "duration": 3},
    ], workers=2, cancel=["cleanup"]):
        print(row)
