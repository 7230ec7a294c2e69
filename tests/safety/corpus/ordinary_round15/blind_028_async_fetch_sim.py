"""Concurrent processing of jobs with asyncio: bounded concurrency, timeouts, retries."""
import asyncio
import random


async def process(job: dict, attempt: int) -> dict:
    await asyncio.sleep(job.get("delay", 0.01))
    if job.get("fail_times", 0) >= attempt:
        raise RuntimeError(f"job {job['id']} failed on attempt {attempt}")
    return {"id": job["id"], "result": job["value"] * 2, "attempts": attempt}


async def with_retries(job, sem, retries, timeout):
    async with sem:
        for attempt in range(1, retries + 2):
            try:
                return await asyncio.wait_for(process(job, attempt), timeout)
            except asyncio.TimeoutError:
                return {"id": job["id"], "error": "timeout"}
            except RuntimeError as e:
                last = str(e)
                await asyncio.sleep(0.001 * attempt)
        return {"id": job["id"], "error": last}


async def run_jobs(jobs: list, concurrency: int = 3, retries: int = 2, timeout: float = 0.2) -> list:
    sem = asyncio.Semaphore(concurrency)
    tasks = [asyncio.create_task(with_retries(j, sem, retries, timeout)) for j in jobs]
    results = await asyncio.gather(*tasks)
    return sorted(results, key=lambda r: r["id"])


if __name__ == "__main__":
    rng = random.Random(1)
    jobs = [{"id": i, "value": i, "delay": rng.uniform(0.001, 0.02), "fail_times": i % 4} for i in range(6)]
    jobs.append({"id": 99, "value": 1, "delay": 1.0})
    for r in asyncio.run(run_jobs(jobs)):
        print(r)
