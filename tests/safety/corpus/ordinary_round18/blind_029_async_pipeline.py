"""Producer/consumer pipeline built on asyncio.Queue that normalises and aggregates records."""
from __future__ import annotations

import asyncio
from collections import Counter
from typing import Iterable

_SENTINEL = None


async def producer(lines: Iterable[str], queue: asyncio.Queue, workers: int) -> None:
    for line in lines:
        await queue.put(line)
    for _ in range(workers):
        await queue.put(_SENTINEL)


async def worker(name: str, inbox: asyncio.Queue, outbox: asyncio.Queue) -> int:
    handled = 0
    while (line := await inbox.get()) is not _SENTINEL:
        await asyncio.sleep(0)  # yield to other workers as real I/O would
        level, _, message = line.partition(" ")
        await outbox.put((level.strip("[]").upper(), message.strip(), name))
        handled += 1
        inbox.task_done()
    inbox.task_done()
    return handled


async def aggregate(outbox: asyncio.Queue, expected: int) -> Counter:
    counts: Counter = Counter()
    for _ in range(expected):
        level, _msg, _who = await outbox.get()
        counts[level] += 1
    return counts


async def process_log(lines: list[str], workers: int = 3) -> tuple[Counter, list[int]]:
    inbox: asyncio.Queue = asyncio.Queue(maxsize=4)
    outbox: asyncio.Queue = asyncio.Queue()
    worker_tasks = [asyncio.create_task(worker(f"w{i}", inbox, outbox)) for i in range(workers)]
    agg_task = asyncio.create_task(aggregate(outbox, len(lines)))
    await producer(lines, inbox, workers)
    per_worker = await asyncio.gather(*worker_tasks)
    return await agg_task, list(per_worker)


LOG = """[info] service started
[warn] disk usage at 85%
[info] request handled in 12ms
[error] upstream timeout
[info] request handled in 9ms
[warn] retrying connection
[info] shutdown requested""".splitlines()

if __name__ == "__main__":
    counts, per_worker = asyncio.run(process_log(LOG))
    print(dict(counts.most_common()))
    print("handled per worker:", per_worker, "total:", sum(per_worker))
