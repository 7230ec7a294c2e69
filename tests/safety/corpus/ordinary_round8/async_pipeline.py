"""A producer/consumer pipeline with asyncio queues."""
import asyncio
from collections import Counter

SENTINEL = None


async def producer(lines: list[str], out: asyncio.Queue, workers: int) -> None:
    for line in lines:
        await out.put(line)
    for _ in range(workers):
        await out.put(SENTINEL)


async def tokenizer(worker_id: int, inbox: asyncio.Queue, outbox: asyncio.Queue) -> int:
    handled = 0
    while (line := await inbox.get()) is not SENTINEL:
        words = [w.strip(".,;:!?\"'").lower() for w in line.split()]
        await outbox.put((worker_id, [w for w in words if w]))
        handled += 1
        await asyncio.sleep(0)
    await outbox.put(SENTINEL)
    return handled


async def aggregator(inbox: asyncio.Queue, workers: int) -> tuple[Counter, Counter]:
    counts: Counter = Counter()
    per_worker: Counter = Counter()
    finished = 0
    while finished < workers:
        item = await inbox.get()
        if item is SENTINEL:
            finished += 1
            continue
        worker_id, words = item
        counts.update(words)
        per_worker[worker_id] += 1
    return counts, per_worker


async def _pipeline(lines: list[str], workers: int) -> tuple:
    q1: asyncio.Queue = asyncio.Queue(maxsize=4)
    q2: asyncio.Queue = asyncio.Queue()
    results = await asyncio.gather(
        producer(lines, q1, workers),
        aggregator(q2, workers),
        *(tokenizer(i, q1, q2) for i in range(workers)),
    )
    return results[1], results[2:]


def word_count_pipeline(text: str, workers: int = 3, top: int = 5) -> dict:
    lines = [l for l in text.splitlines() if l.strip()]
    (counts, per_worker), handled = asyncio.run(_pipeline(lines, workers))
    return {"lines": len(lines), "top": counts.most_common(top), "handled_per_worker": list(handled),
            "distinct": len(counts)}


if __name__ == "__main__":
    poem = "\n".join(["The rain in Spain", "stays mainly in the plain", "in Spain it rains", "the plain is wet"] * 3)
    print(word_count_pipeline(poem))
