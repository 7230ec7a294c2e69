"""Run simulated async jobs concurrently with a semaphore and timeouts."""
import asyncio
import random
import time


async def simulated_job(name: str, duration: float) -> dict:
    await asyncio.sleep(duration)
    return {"job": name, "duration": duration}


async def run_all(jobs: dict[str, float], concurrency: int = 3, timeout: float = 0.5) -> list[dict]:
    """Run jobs with bounded concurrency; report timeouts instead of failing."""
    sem = asyncio.Semaphore(concurrency)

    async def guarded(name: str, duration: float) -> dict:
        async with sem:
            try:
                return await asyncio.wait_for(simulated_job(name, duration), timeout)
            except asyncio.TimeoutError:
                return {"job": name, "error": "timeout"}

    tasks = [asyncio.create_task(guarded(n, d)) for n, d in jobs.items()]
    return await asyncio.gather(*tasks)


def run_batch(n_jobs: int = 6, seed: int = 1) -> list[dict]:
    rng = random.Random(seed)
    jobs = {f"job{i}": round(rng.uniform(0.01, 0.08), 3) for i in range(n_jobs)}
    jobs["slow"] = 0.2
    return asyncio.run(run_all(jobs, timeout=0.1))


if __name__ == "__main__":
    start = time.perf_counter()
    for result in run_batch():
        print(result)
    print(f"elapsed {time.perf_counter() - start:.2f}s")
