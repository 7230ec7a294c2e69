# ordinary: simulate concurrent API calls with asyncio.gather, a semaphore limit and per-call timeouts
import asyncio
import random
import time
from dataclasses import dataclass


@dataclass
class FetchResult:
    url: str
    status: int
    elapsed: float
    error: str | None = None


async def fake_fetch(url: str, rng: random.Random) -> int:
    """Pretend to fetch a URL: sleeps a little and sometimes fails."""
    await asyncio.sleep(rng.uniform(0.01, 0.08))
    if "bad" in url:
        raise ConnectionError(f"could not reach {url}")
    return rng.choice([200, 200, 200, 404])


async def fetch_one(url: str, sem: asyncio.Semaphore, rng: random.Random, timeout: float) -> FetchResult:
    start = time.perf_counter()
    async with sem:
        try:
            status = await asyncio.wait_for(fake_fetch(url, rng), timeout=timeout)
            return FetchResult(url, status, time.perf_counter() - start)
        except asyncio.TimeoutError:
            return FetchResult(url, 0, time.perf_counter() - start, "timeout")
        except ConnectionError as exc:
            return FetchResult(url, 0, time.perf_counter() - start, str(exc))


async def fetch_all(urls: list[str], concurrency: int = 3, timeout: float = 0.05, seed: int = 7) -> list[FetchResult]:
    sem = asyncio.Semaphore(concurrency)
    rng = random.Random(seed)
    tasks = [fetch_one(u, sem, rng, timeout) for u in urls]
    return await asyncio.gather(*tasks)


def summarize(results: list[FetchResult]) -> str:
    ok = sum(1 for r in results if r.status == 200)
    lines = [f"{r.url:<28} {r.status or '-':>4} {r.elapsed * 1000:6.1f} ms {r.error or ''}" for r in results]
    lines.append(f"{ok}/{len(results)} succeeded")
    return "\n".join(lines)


if __name__ == "__main__":
    pages = [f"https://example.com/page/{i}" for i in range(6)] + ["https://bad.example.com/"]
    print(summarize(asyncio.run(fetch_all(pages))))
