"""Async producer/consumer pipeline with asyncio.Queue and worker pool."""
import asyncio


async def producer(queue: asyncio.Queue, items, n_workers: int) -> None:
    for item in items:
        await queue.put(item)
    for _ in range(n_workers):
        await queue.put(None)  # poison pill


async def worker(name: str, queue: asyncio.Queue, results: list, transform) -> None:
    while True:
        item = await queue.get()
        try:
            if item is None:
                return
            await asyncio.sleep(0.001 * (item % 3))
            results.append((name, item, transform(item)))
        finally:
            queue.task_done()


async def process(items, transform, n_workers: int = 3, maxsize: int = 5) -> list:
    queue: asyncio.Queue = asyncio.Queue(maxsize=maxsize)
    results: list = []
    workers = [asyncio.create_task(worker(f"w{i}", queue, results, transform))
               for i in range(n_workers)]
    await producer(queue, items, n_workers)
    await queue.join()
    await asyncio.gather(*workers)
    return sorted(results, key=lambda r: r[1])


async def first_completed(delays: dict[str, float]) -> str:
    async def job(name, delay):
        await asyncio.sleep(delay)
        return name
    tasks = [asyncio.create_task(job(n, d)) for n, d in delays.items()]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    for t in pending:
        t.cancel()
    return done.pop().result()


if __name__ == "__main__":
    out = asyncio.run(process(range(10), lambda x: x * x))
    print([r[2] for r in out], len({r[0] for r in out}) > 0)
    print(asyncio.run(first_completed({"slow": 0.05, "fast": 0.01, "mid": 0.03})))
