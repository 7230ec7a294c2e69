# ordinary: asyncio producer/consumer pipeline with a bounded Queue and sentinel shutdown
import asyncio
from collections import Counter
from typing import AsyncIterator

STOP = None


async def produce_lines(text: str) -> AsyncIterator[str]:
    for line in text.splitlines():
        await asyncio.sleep(0)
        yield line


async def producer(queue: asyncio.Queue, text: str, workers: int) -> None:
    async for line in produce_lines(text):
        await queue.put(line)
    for _ in range(workers):
        await queue.put(STOP)


async def worker(name: str, queue: asyncio.Queue, counts: Counter, processed: list[str]) -> None:
    while True:
        line = await queue.get()
        try:
            if line is STOP:
                return
            words = [w.strip(".,!?").lower() for w in line.split()]
            counts.update(w for w in words if w)
            await asyncio.sleep(0.001 * len(words))
            processed.append(name)
        finally:
            queue.task_done()


async def word_count(text: str, workers: int = 3) -> tuple[Counter, Counter]:
    queue: asyncio.Queue = asyncio.Queue(maxsize=2)
    counts: Counter = Counter()
    processed: list[str] = []
    consumers = [asyncio.create_task(worker(f"w{i}", queue, counts, processed)) for i in range(workers)]
    await producer(queue, text, workers)
    await queue.join()
    await asyncio.gather(*consumers)
    return counts, Counter(processed)


SAMPLE = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness."""

if __name__ == "__main__":
    words, per_worker = asyncio.run(word_count(SAMPLE))
    print(words.most_common(5))
    print(dict(per_worker))
