"""Process a batch of jobs concurrently with asyncio and a concurrency limit."""
import asyncio
import time
from dataclasses import dataclass


@dataclass
class JobResult:
    name: str
    ok: bool
    value: float | None = None
    error: str | None = None


async def _work(name: str, size: int, sem: asyncio.Semaphore) -> JobResult:
    async with sem:
        await asyncio.sleep(0.001 * (size % 5))
        if size < 0:
            return JobResult(name, False, error=f"negative size {size}")
        # pretend this is expensive: sum of squares
        return JobResult(name, True, value=float(sum(i * i for i in range(size))))


async def _run_all(jobs: dict[str, int], limit: int) -> list[JobResult]:
    sem = asyncio.Semaphore(limit)
    tasks = [_work(name, size, sem) for name, size in jobs.items()]
    return await asyncio.gather(*tasks)


async def _with_timeout(jobs: dict[str, int], limit: int, timeout: float) -> list[JobResult]:
    try:
        return await asyncio.wait_for(_run_all(jobs, limit), timeout=timeout)
    except asyncio.TimeoutError:
        return [JobResult(n, False, error="timeout") for n in jobs]


def run_batch(jobs: dict[str, int], concurrency: int = 3, timeout: float = 2.0) -> dict:
    start = time.perf_counter()
    results = asyncio.run(_with_timeout(jobs, concurrency, timeout))
    elapsed = time.perf_counter() - start
    return {
        "succeeded": [r.name for r in results if r.ok],
        "failed": {r.name: r.error for r in results if not r.ok},
        "values": {r.name: r.value for r in results if r.ok},
        "elapsed_ms": round(elapsed * 1000, 1),
    }


if __name__ == "__main__":
    print(run_batch({"a": 10, "b": 100, "c": -1, "d": 7}))
