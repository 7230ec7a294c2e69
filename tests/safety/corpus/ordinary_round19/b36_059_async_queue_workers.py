"""Producer/consumer processing with asyncio.Queue and a fixed pool of workers."""
import asyncio
from collections import Counter


async def producer(queue: asyncio.Queue, items: list[str]) -> None:
    for item in items:
        await queue.put(item)


async def worker(name: str, queue: asyncio.Queue, results: dict[str, int], stats: Counter) -> None:
    while True:
        item = await queue.get()
        try:
            await asyncio.sleep(0.001 * len(item))  # pretend work scales with size
            results[item] = len(item.split())
            stats[name] += 1
        finally:
            queue.task_done()


async def process(items: list[str], n_workers: int = 3, maxsize: int = 5) -> tuple[dict[str, int], Counter]:
    """Count words in each item using ``n_workers`` concurrent workers."""
    queue: asyncio.Queue = asyncio.Queue(maxsize=maxsize)
    results: dict[str, int] = {}
    stats: Counter = Counter()
    workers = [asyncio.create_task(worker(f"w{i}", queue, results, stats)) for i in range(n_workers)]
    await producer(queue, items)
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    return results, stats


def word_counts(items: list[str], n_workers: int = 3) -> dict[str, int]:
    results, _ = asyncio.run(process(items, n_workers))
    return dict(sorted(results.items()))


if __name__ == "__main__":
    docs = [f"document {i} " + "word " * i for i in range(1, 11)]
    counts = word_counts(docs)
    print(sum(counts.values()), len(counts))
    results, stats = asyncio.run(process(docs, n_workers=4))
    print(sum(stats.values()), sorted(stats))
