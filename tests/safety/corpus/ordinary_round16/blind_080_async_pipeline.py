"""An asyncio producer/consumer pipeline with a bounded queue and worker pool."""
import asyncio
from collections import Counter


async def producer(queue: asyncio.Queue, items: list[str], n_workers: int) -> None:
    for item in items:
        await queue.put(item)
    for _ in range(n_workers):
        await queue.put(None)  # sentinel per worker


async def worker(name: str, queue: asyncio.Queue, results: dict, stats: Counter) -> None:
    while True:
        item = await queue.get()
        try:
            if item is None:
                return
            await asyncio.sleep(0.001 * len(item))  # simulate work proportional to size
            results[item] = {"length": len(item), "upper": item.upper(), "worker": name}
            stats[name] += 1
        finally:
            queue.task_done()


async def process_all(items: list[str], n_workers: int = 3, maxsize: int = 5) -> tuple[dict, Counter]:
    queue: asyncio.Queue = asyncio.Queue(maxsize=maxsize)
    results: dict = {}
    stats: Counter = Counter()
    workers = [asyncio.create_task(worker(f"w{i}", queue, results, stats)) for i in range(n_workers)]
    await producer(queue, items, n_workers)
    await queue.join()
    await asyncio.gather(*workers)
    return results, stats


def run(items: list[str], n_workers: int = 3) -> dict:
    results, stats = asyncio.run(process_all(items, n_workers))
    return {"processed": len(results), "per_worker": dict(stats),
            "longest": max(results.values(), key=lambda r: r["length"]) if results else None}


if __name__ == "__main__":
    words = "the quick brown fox jumps over the lazy dog again and again".split()
    print(run(words, n_workers=4))
