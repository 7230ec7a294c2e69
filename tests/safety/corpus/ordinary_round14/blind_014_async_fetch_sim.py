"""Simulate concurrent lookups with asyncio.gather, timeouts and a semaphore."""
import asyncio
import random


async def lookup(key: str, latency: float, sem: asyncio.Semaphore) -> dict:
    async with sem:
        await asyncio.sleep(latency)
        return {"key": key, "value": key.upper()[::-1], "latency": latency}


async def lookup_with_timeout(key: str, latency: float, sem: asyncio.Semaphore, timeout: float) -> dict:
    try:
        return await asyncio.wait_for(lookup(key, latency, sem), timeout=timeout)
    except asyncio.TimeoutError:
        return {"key": key, "error": f"timed out after {timeout}s"}


async def batch_lookup(keys: list[str], concurrency: int = 3, timeout: float = 0.05, seed: int = 1) -> list[dict]:
    rng = random.Random(seed)
    sem = asyncio.Semaphore(concurrency)
    tasks = [
        lookup_with_timeout(k, rng.uniform(0.001, 0.08), sem, timeout)
        for k in keys
    ]
    return await asyncio.gather(*tasks)


def run_batch(keys: list[str], concurrency: int = 3, timeout: float = 0.05) -> dict:
    results = asyncio.run(batch_lookup(keys, concurrency, timeout))
    ok = [r for r in results if "error" not in r]
    return {
        "ok": len(ok),
        "failed": len(results) - len(ok),
        "results": results,
    }


if __name__ == "__main__":
    out = run_batch(["alpha", "beta", "gamma", "delta", "epsilon"])
    print(out["ok"], out["failed"])
    for r in out["results"]:
        print(r)
