# family: ordinary, blind round 53 (order=True dataclass with compare=False in heapq)
import heapq
import itertools
from dataclasses import dataclass, field, astuple
from typing import Any

_counter = itertools.count()


@dataclass(order=True)
class Job:
    priority: int
    seq: int = field(default_factory=lambda: next(_counter))
    name: str = field(default="", compare=False)
    payload: Any = field(default=None, compare=False, repr=False)


class Scheduler:
    def __init__(self):
        self._heap: list[Job] = []
        self._cancelled: set[int] = set()

    def submit(self, name, priority=5, payload=None) -> Job:
        job = Job(priority, name=name, payload=payload)
        heapq.heappush(self._heap, job)
        return job

    def cancel(self, job: Job) -> None:
        self._cancelled.add(job.seq)

    def run(self):
        while self._heap:
            job = heapq.heappop(self._heap)
            if job.seq in self._cancelled:
                continue
            yield job


if __name__ == "__main__":
    s = Scheduler()
    s.submit("send newsletter", 5, {"list": "weekly"})
    s.submit("rotate logs", 9)
    urgent = s.submit("page on-call", 0, {"sev": 1})
    s.submit("rebuild index", 5)
    backup = s.submit("nightly backup", 3)
    s.submit("refresh cache", 0)
    s.cancel(backup)

    for job in s.run():
        print(f"p{job.priority} #{job.seq} {job.name}" + (f" {job.payload}" if job.payload else ""))
    print("astuple:", astuple(urgent))
    print("same priority, different name compare equal?",
          Job(1, seq=99, name="a") == Job(1, seq=99, name="b"))
