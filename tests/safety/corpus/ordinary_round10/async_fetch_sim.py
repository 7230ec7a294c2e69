"""Simulate concurrent fetching of resources with asyncio and a concurrency limit."""

import asyncio
from dataclasses import dataclass


@dataclass
class FetchResult:
    name: str
    latency: float
    ok: bool


async def fake_fetch(name: str, latency: float, sem: asyncio.Semaphore) -> FetchResult:
    async with sem:
        await asyncio.sleep(latency)
        return FetchResult(name, latency, ok=not name.startswith("bad"))


async def _fetch_all(jobs: dict[str, float], limit: int) -> list[FetchResult]:
    sem = asyncio.Semaphore(limit)
    tasks = [fake_fetch(name, latency, sem) for name, latency in jobs.items()]
    return await asyncio.gather(*tasks)


def fetch_all(jobs: dict[str, float], limit: int = 2) -> dict[str, list[str]]:
    """Run simulated fetches; latencies are in seconds (keep them small)."""
    results = asyncio.run(_fetch_all(jobs, limit))
    return {
        "succeeded": [r.name for r in results if r.ok],
        "failed": [r.name for r in results if not r.ok],
    }


if __name__ == "__main__":
    print(fetch_all({"users": 0.02, "orders": 0.01, "bad-endpoint": 0.015, "items": 0.005}))
