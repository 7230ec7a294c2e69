"""Run many simulated I/O calls concurrently with a concurrency limit and timeouts."""
import asyncio
import random
from dataclasses import dataclass


@dataclass
class Result:
    key: str
    ok: bool
    value: str | None = None
    error: str | None = None


async def fake_lookup(key: str) -> str:
    """Stand-in for a slow I/O call (e.g. an API request)."""
    await asyncio.sleep(random.uniform(0.01, 0.05))
    if key.startswith("bad"):
        raise LookupError(f"no record for {key}")
    return key.upper()


async def lookup_one(key: str, sem: asyncio.Semaphore, timeout: float) -> Result:
    async with sem:
        try:
            value = await asyncio.wait_for(fake_lookup(key), timeout=timeout)
            return Result(key, True, value=value)
        except asyncio.TimeoutError:
            return Result(key, False, error="timeout")
        except LookupError as exc:
            return Result(key, False, error=str(exc))


async def lookup_many(keys: list[str], concurrency: int = 3, timeout: float = 1.0) -> list[Result]:
    """Look up all keys, at most ``concurrency`` at a time; order is preserved."""
    sem = asyncio.Semaphore(concurrency)
    return await asyncio.gather(*(lookup_one(k, sem, timeout) for k in keys))


def run_lookups(keys: list[str], concurrency: int = 3) -> dict[str, str]:
    """Synchronous entry point for callers without an event loop."""
    results = asyncio.run(lookup_many(keys, concurrency))
    return {r.key: r.value if r.ok else f"ERROR: {r.error}" for r in results}


if __name__ == "__main__":
    random.seed(1)
    out = run_lookups(["alpha", "beta", "bad-gamma", "delta", "epsilon"])
    for k, v in out.items():
        print(k, "->", v)
