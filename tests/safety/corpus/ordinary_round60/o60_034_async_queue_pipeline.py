# family: ordinary, blind round 60 (async producer/consumer pipeline with asyncio.Queue)
import asyncio
import hashlib
from dataclasses import dataclass, field


@dataclass
class Stats:
    processed: int = 0
    failed: int = 0
    by_worker: dict[str, int] = field(default_factory=dict)


async def producer(queue: asyncio.Queue, documents: list[str], n_workers: int) -> None:
    for doc in documents:
        await queue.put(doc)
    for _ in range(n_workers):
        await queue.put(None)  # sentinel per worker


async def worker(name: str, queue: asyncio.Queue, results: dict, stats: Stats) -> None:
    while True:
        doc = await queue.get()
        try:
            if doc is None:
                return
            if not doc.strip():
                raise ValueError("empty document")
            await asyncio.sleep(0.001 * len(doc))
            results[doc] = hashlib.sha256(doc.encode()).hexdigest()[:12]
            stats.processed += 1
            stats.by_worker[name] = stats.by_worker.get(name, 0) + 1
        except ValueError:
            stats.failed += 1
        finally:
            queue.task_done()


async def run_pipeline(documents: list[str], n_workers: int = 3) -> tuple[dict, Stats]:
    queue: asyncio.Queue = asyncio.Queue(maxsize=4)
    results: dict[str, str] = {}
    stats = Stats()
    workers = [asyncio.create_task(worker(f"w{i}", queue, results, stats)) for i in range(n_workers)]
    await producer(queue, documents, n_workers)
    await queue.join()
    await asyncio.gather(*workers)
    return results, stats


if __name__ == "__main__":
    docs = ["alpha", "bravo charlie", "", "delta", "echo foxtrot golf", "hotel", "   ", "india"]
    results, stats = asyncio.run(run_pipeline(docs))
    for doc, digest in sorted(results.items()):
        print(f"{doc:20} {digest}")
    print(f"processed={stats.processed} failed={stats.failed} total_by_worker={sum(stats.by_worker.values())}")
