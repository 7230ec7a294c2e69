# family: ordinary, blind round 59 (async batch job runner with concurrency limit)
import asyncio
import random
import time
from typing import Awaitable, Callable, List, Tuple


async def fake_job(job_id: int, rng: random.Random) -> str:
    delay = rng.uniform(0.01, 0.05)
    await asyncio.sleep(delay)
    if job_id % 7 == 0:
        raise RuntimeError(f"job {job_id} failed")
    return f"job {job_id} done in {delay * 1000:.0f}ms"


async def run_limited(
    factories: List[Callable[[], Awaitable[str]]], limit: int = 3, retries: int = 1
) -> List[Tuple[int, bool, str]]:
    semaphore = asyncio.Semaphore(limit)

    async def worker(index: int, factory: Callable[[], Awaitable[str]]):
        async with semaphore:
            for attempt in range(retries + 1):
                try:
                    return index, True, await factory()
                except RuntimeError as exc:
                    last = f"{exc} (attempt {attempt + 1})"
            return index, False, last

    results = await asyncio.gather(*(worker(i, f) for i, f in enumerate(factories)))
    return sorted(results)


async def main() -> None:
    rng = random.Random(42)
    factories = [lambda i=i: fake_job(i, rng) for i in range(1, 11)]
    started = time.perf_counter()
    results = await run_limited(factories, limit=4, retries=1)
    elapsed = time.perf_counter() - started
    for index, ok, message in results:
        print(f"[{'ok' if ok else 'FAIL':>4}] #{index}: {message}")
    print(f"{sum(ok for _, ok, _ in results)}/{len(results)} succeeded in {elapsed:.2f}s")


if __name__ == "__main__":
    asyncio.run(main())
