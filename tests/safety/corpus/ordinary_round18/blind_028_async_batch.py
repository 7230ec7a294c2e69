"""Run many async jobs with bounded concurrency, per-job timeouts and result collection."""
from __future__ import annotations

import asyncio
import random
import time
from dataclasses import dataclass
from typing import Any, Awaitable, Callable


@dataclass
class JobResult:
    key: str
    ok: bool
    value: Any = None
    error: str = ""
    elapsed: float = 0.0


async def run_bounded(jobs: dict[str, Callable[[], Awaitable[Any]]], limit: int = 3,
                      timeout: float = 1.0) -> list[JobResult]:
    semaphore = asyncio.Semaphore(limit)
    active = 0
    peak = 0

    async def run_one(key: str, factory: Callable[[], Awaitable[Any]]) -> JobResult:
        nonlocal active, peak
        async with semaphore:
            active += 1
            peak = max(peak, active)
            start = time.monotonic()
            try:
                value = await asyncio.wait_for(factory(), timeout)
                return JobResult(key, True, value, elapsed=time.monotonic() - start)
            except Exception as exc:
                return JobResult(key, False, error=type(exc).__name__, elapsed=time.monotonic() - start)
            finally:
                active -= 1

    results = await asyncio.gather(*(run_one(k, f) for k, f in jobs.items()))
    run_bounded.last_peak = peak  # type: ignore[attr-defined]
    return list(results)


def make_job(n: int) -> Callable[[], Awaitable[int]]:
    async def job() -> int:
        await asyncio.sleep(random.uniform(0.005, 0.02) if n != 4 else 0.2)
        if n == 2:
            raise ValueError("bad input")
        return n * n
    return job


if __name__ == "__main__":
    random.seed(1)
    jobs = {f"job-{i}": make_job(i) for i in range(8)}
    results = asyncio.run(run_bounded(jobs, limit=3, timeout=0.1))
    for r in results:
        print(f"{r.key}: {'ok ' + str(r.value) if r.ok else 'failed ' + r.error}")
    print("peak concurrency:", run_bounded.last_peak)
