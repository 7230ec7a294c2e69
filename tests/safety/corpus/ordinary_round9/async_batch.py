"""Run simulated async jobs concurrently with asyncio (no I/O)."""
import asyncio
from dataclasses import dataclass
from typing import Awaitable, Callable


@dataclass
class JobResult:
    name: str
    value: int | None
    error: str | None = None


async def fake_work(name: str, n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
        if i % 100 == 0:
            await asyncio.sleep(0)
    if n < 0:
        raise ValueError(f"{name}: negative size")
    return total


async def _guarded(name: str, job: Callable[[], Awaitable[int]], sem: asyncio.Semaphore) -> JobResult:
    async with sem:
        try:
            return JobResult(name, await asyncio.wait_for(job(), timeout=5))
        except (ValueError, asyncio.TimeoutError) as exc:
            return JobResult(name, None, f"{type(exc).__name__}: {exc}")


async def _run_all(sizes: dict[str, int], limit: int) -> list[JobResult]:
    sem = asyncio.Semaphore(limit)
    tasks = [_guarded(name, lambda n=n, name=name: fake_work(name, n), sem) for name, n in sizes.items()]
    return list(await asyncio.gather(*tasks))


def run_batch(sizes: dict[str, int], concurrency: int = 2) -> dict[str, object]:
    """Entry point: compute sum of squares per job concurrently."""
    results = asyncio.run(_run_all(sizes, concurrency))
    ok = {r.name: r.value for r in results if r.error is None}
    failed = {r.name: r.error for r in results if r.error is not None}
    return {"ok": ok, "failed": failed}
