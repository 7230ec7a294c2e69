# ordinary: simulate concurrent job execution with asyncio and a semaphore
import asyncio
import random
from dataclasses import dataclass, field
from typing import Any


@dataclass(order=True)
class JobResult:
    duration: float
    name: str = field(compare=False)
    ok: bool = field(default=True, compare=False)


async def _run_job(name: str, sem: asyncio.Semaphore, rng: random.Random, fail_rate: float) -> JobResult:
    async with sem:
        delay = rng.uniform(0.001, 0.01)
        await asyncio.sleep(delay)
        return JobResult(round(delay, 4), name, rng.random() >= fail_rate)


async def _ticker(n: int):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def _main(names: list[str], limit: int, seed: int, fail_rate: float) -> list[JobResult]:
    sem = asyncio.Semaphore(limit)
    rng = random.Random(seed)
    ticks = [t async for t in _ticker(3)]
    assert ticks == [0, 1, 2]
    return await asyncio.gather(*(_run_job(n, sem, rng, fail_rate) for n in names))


def run_jobs(names: list[str], concurrency: int = 3, seed: int = 7, fail_rate: float = 0.2) -> dict[str, Any]:
    """Run simulated jobs concurrently and report the slowest and any failures."""
    results = asyncio.run(_main(names, max(1, concurrency), seed, fail_rate))
    ordered = sorted(results, reverse=True)
    return {
        "slowest": ordered[0].name if ordered else None,
        "failed": [r.name for r in results if not r.ok],
        "timings": {r.name: f"{r.duration * 1000:6.2f} ms" for r in results},
    }


if __name__ == "__main__":
    print(run_jobs(["a", "b", "c", "d"]))
