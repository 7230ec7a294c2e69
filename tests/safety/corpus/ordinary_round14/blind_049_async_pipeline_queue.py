"""Producer/consumer pipeline with asyncio.Queue and worker tasks."""
import asyncio
import hashlib


async def producer(queue: asyncio.Queue, items: list[str], n_workers: int) -> None:
    for item in items:
        await queue.put(item)
    for _ in range(n_workers):
        await queue.put(None)


async def worker(name: str, inbox: asyncio.Queue, results: list, lock: asyncio.Lock) -> int:
    processed = 0
    while True:
        item = await inbox.get()
        try:
            if item is None:
                return processed
            await asyncio.sleep(0.001 * (len(item) % 3))
            digest = hashlib.sha1(item.encode()).hexdigest()[:8]
            async with lock:
                results.append({"item": item, "digest": digest, "worker": name})
            processed += 1
        finally:
            inbox.task_done()


async def run_pipeline(items: list[str], n_workers: int = 3) -> dict:
    queue: asyncio.Queue = asyncio.Queue(maxsize=4)
    results: list[dict] = []
    lock = asyncio.Lock()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(producer(queue, items, n_workers))
        workers = [tg.create_task(worker(f"w{i}", queue, results, lock)) for i in range(n_workers)]
    counts = {f"w{i}": w.result() for i, w in enumerate(workers)}
    return {"results": sorted(results, key=lambda r: r["item"]), "per_worker": counts}


async def with_deadline(items: list[str], seconds: float) -> dict:
    try:
        async with asyncio.timeout(seconds):
            return await run_pipeline(items)
    except TimeoutError:
        return {"error": f"pipeline exceeded {seconds}s"}


def process_items(items: list[str], n_workers: int = 3) -> dict:
    return asyncio.run(run_pipeline(items, n_workers))


if __name__ == "__main__":
    out = process_items([f"item-{i}" for i in range(10)])
    print(sum(out["per_worker"].values()), out["results"][:2])
    print(asyncio.run(with_deadline(["a", "bb"], 1.0))["per_worker"])
