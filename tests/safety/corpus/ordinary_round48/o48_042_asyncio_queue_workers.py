# family: ordinary, blind round 48 (asyncio producer/consumer queue)
import asyncio
from collections import Counter
from dataclasses import dataclass


@dataclass
class Job:
    id: int
    kind: str
    size: int


async def producer(queue: asyncio.Queue, jobs):
    for job in jobs:
        await queue.put(job)
        await asyncio.sleep(0)  # yield to consumers
    print(f"producer: queued {len(jobs)} jobs")


async def worker(name: str, queue: asyncio.Queue, results: list, stats: Counter):
    while True:
        job = await queue.get()
        try:
            await asyncio.sleep(job.size / 1000)
            if job.kind == "corrupt":
                raise ValueError(f"job {job.id} has corrupt payload")
            results.append((job.id, name, job.size * 2))
            stats[name] += 1
        except ValueError as exc:
            stats["errors"] += 1
            print(f"{name}: {exc}")
        finally:
            queue.task_done()


async def main():
    jobs = [Job(i, "corrupt" if i % 7 == 0 else "resize", size=(i * 37) % 20 + 1)
            for i in range(1, 16)]
    queue: asyncio.Queue[Job] = asyncio.Queue(maxsize=4)
    results, stats = [], Counter()
    workers = [asyncio.create_task(worker(f"w{n}", queue, results, stats)) for n in range(3)]
    await producer(queue, jobs)
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    results.sort()
    print("processed:", len(results), "errors:", stats.pop("errors", 0))
    print("all workers used:", len(stats) == 3, "| total output:", sum(r[2] for r in results))
    print("first three:", [(jid, out) for jid, _, out in results[:3]])


if __name__ == "__main__":
    asyncio.run(main())
