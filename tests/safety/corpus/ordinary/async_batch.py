import asyncio
from typing import Awaitable, Callable


async def fetch_score(item: str) -> int:
    # stands in for I/O; the real tool would await a client here
    await asyncio.sleep(0)
    return sum(ord(c) for c in item) % 100


async def score_all(items: list[str], limit: int = 4) -> dict[str, int]:
    """Score items concurrently, at most ``limit`` at a time."""
    semaphore = asyncio.Semaphore(limit)

    async def bounded(item: str) -> tuple[str, int]:
        async with semaphore:
            return item, await fetch_score(item)

    results = await asyncio.gather(*(bounded(i) for i in items))
    return dict(results)


async def with_timeout(job: Callable[[], Awaitable[int]], seconds: float) -> int | None:
    try:
        return await asyncio.wait_for(job(), timeout=seconds)
    except asyncio.TimeoutError:
        return None


async def first_above(items: list[str], threshold: int) -> str | None:
    for coro in asyncio.as_completed([fetch_score(i) for i in items]):
        score = await coro
        if score > threshold:
            return str(score)
    return None


if __name__ == "__main__":
    print(asyncio.run(score_all(["alpha", "beta", "gamma"])))
