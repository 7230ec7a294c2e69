# family: ordinary, blind round 61 (async batch processor with concurrency limit)
import asyncio
import random
import time
from dataclasses import dataclass, asdict


@dataclass
class ItemResult:
    item: str
    ok: bool
    value: str | None = None
    error: str | None = None
    attempts: int = 1


async def _process(item: str, rng: random.Random, fail_rate: float) -> str:
    await asyncio.sleep(rng.uniform(0.001, 0.01))
    if rng.random() < fail_rate:
        raise ConnectionError(f"upstream rejected {item}")
    return item.upper()


async def _worker(item: str, sem: asyncio.Semaphore, rng: random.Random, fail_rate: float,
                  retries: int, timeout: float) -> ItemResult:
    async with sem:
        for attempt in range(1, retries + 2):
            try:
                value = await asyncio.wait_for(_process(item, rng, fail_rate), timeout)
                return ItemResult(item, True, value, attempts=attempt)
            except (ConnectionError, asyncio.TimeoutError) as err:
                last = f"connection error: {err}" if isinstance(err, ConnectionError) else "timeout"
        return ItemResult(item, False, error=last, attempts=retries + 1)


async def process_batch(items: list[str], concurrency: int = 4, fail_rate: float = 0.3,
                        retries: int = 1, timeout: float = 0.5, seed: int = 1) -> dict:
    """Process items concurrently with a semaphore limit, per-item timeout and retries."""
    sem = asyncio.Semaphore(concurrency)
    rng = random.Random(seed)
    started = time.perf_counter()
    results = await asyncio.gather(*(_worker(i, sem, rng, fail_rate, retries, timeout) for i in items))
    return {
        "total": len(results),
        "succeeded": sum(r.ok for r in results),
        "failed": [asdict(r) for r in results if not r.ok],
        "values": [r.value for r in results if r.ok],
        "elapsed_ms_under_1s": (time.perf_counter() - started) < 1.0,
    }


if __name__ == "__main__":
    batch = [f"job-{n}" for n in range(10)]
    print(asyncio.run(process_batch(batch, concurrency=3, fail_rate=0.4)))
