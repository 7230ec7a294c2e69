"""A priority job queue: highest priority first, FIFO among equal priorities."""
import heapq
import itertools
from dataclasses import dataclass, field
from typing import Any


@dataclass(order=True)
class Job:
    sort_key: tuple[int, int] = field(init=False, repr=False)
    priority: int
    name: str = field(compare=False)
    payload: Any = field(default=None, compare=False)
    seq: int = field(default=0, compare=False, repr=False)

    def __post_init__(self) -> None:
        self.sort_key = (-self.priority, self.seq)


class JobQueue:
    def __init__(self) -> None:
        self._heap: list[Job] = []
        self._counter = itertools.count()
        self._cancelled: set[str] = set()

    def push(self, name: str, priority: int = 0, payload: Any = None) -> Job:
        job = Job(priority, name, payload, next(self._counter))
        heapq.heappush(self._heap, job)
        self._cancelled.discard(name)
        return job

    def cancel(self, name: str) -> None:
        """Lazy deletion: the job is skipped when it reaches the top."""
        self._cancelled.add(name)

    def pop(self) -> Job | None:
        while self._heap:
            job = heapq.heappop(self._heap)
            if job.name not in self._cancelled:
                return job
        return None

    def __len__(self) -> int:
        return sum(1 for j in self._heap if j.name not in self._cancelled)


def run_all(queue: JobQueue) -> list[str]:
    order = []
    while (job := queue.pop()) is not None:
        order.append(f"{job.name}(p={job.priority})")
    return order


if __name__ == "__main__":
    q = JobQueue()
    q.push("send-newsletter", 1)
    q.push("resize-images", 5)
    q.push("backup-db", 10)
    q.push("cleanup-tmp", 1)
    q.push("rebuild-index", 5)
    q.cancel("cleanup-tmp")
    print(len(q))
    print(run_all(q))
