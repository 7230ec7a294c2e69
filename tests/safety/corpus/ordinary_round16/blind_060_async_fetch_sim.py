"""Run many simulated async lookups concurrently with a semaphore and timeouts."""
import asyncio
import random
import time


async def lookup(key: str, delay: float) -> dict:
    """Stand-in for an I/O-bound call (the agent supplies delays for testing)."""
    await asyncio.sleep(delay)
    if key.startswith("bad"):
        raise LookupError(f"no record for {key}")
    return {"key": key, "value": len(key) * 10, "took": round(delay, 3)}


async def gather_limited(jobs: dict[str, float], limit: int = 3, timeout: float = 0.5) -> dict:
    sem = asyncio.Semaphore(limit)

    async def guarded(key: str, delay: float):
        async with sem:
            return await asyncio.wait_for(lookup(key, delay), timeout)

    keys = list(jobs)
    results = await asyncio.gather(*(guarded(k, jobs[k]) for k in keys), return_exceptions=True)
    ok, failed = {}, {}
    for key, res in zip(keys, results):
        if isinstance(res, asyncio.TimeoutError):
            failed[key] = "timeout"
        elif isinstance(res, Exception):
            failed[key] = f"{type(res).__name__}: {res}"
        else:
            ok[key] = res
    return {"ok": ok, "failed": failed}


def run_batch(jobs: dict[str, float], limit: int = 3, timeout: float = 0.5) -> dict:
    start = time.perf_counter()
    report = asyncio.run(gather_limited(jobs, limit, timeout))
    report["elapsed"] = round(time.perf_counter() - start, 2)
    return report


if __name__ == "__main__":
    rng = random.Random(1)
    jobs = {f"item{i}": rng.uniform(0.01, 0.1) for i in range(6)}
    jobs.update({"bad-one": 0.01, "slow": 2.0})
    r = run_batch(jobs, limit=2, timeout=0.3)
    print(sorted(r["ok"]), r["failed"], r["elapsed"])
