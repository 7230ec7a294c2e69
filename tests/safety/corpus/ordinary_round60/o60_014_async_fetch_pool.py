# family: ordinary, blind round 60 (async job runner with Semaphore, gather and wait_for)
import asyncio
import random
from dataclasses import dataclass


@dataclass
class JobResult:
    job_id: int
    ok: bool
    detail: str


async def simulated_job(job_id: int, rng: random.Random) -> str:
    delay = rng.uniform(0.01, 0.08)
    await asyncio.sleep(delay)
    if job_id % 5 == 4:
        raise RuntimeError(f"job {job_id} failed")
    return f"done in {delay * 1000:.0f}ms"


async def run_job(job_id: int, sem: asyncio.Semaphore, rng: random.Random, timeout: float) -> JobResult:
    async with sem:
        try:
            detail = await asyncio.wait_for(simulated_job(job_id, rng), timeout=timeout)
            return JobResult(job_id, True, detail)
        except asyncio.TimeoutError:
            return JobResult(job_id, False, "timeout")
        except RuntimeError as err:
            return JobResult(job_id, False, str(err))


async def run_all(n_jobs: int, concurrency: int = 3, timeout: float = 0.06, seed: int = 42):
    sem = asyncio.Semaphore(concurrency)
    rng = random.Random(seed)
    results = await asyncio.gather(*(run_job(i, sem, rng, timeout) for i in range(n_jobs)))
    return results


def main():
    results = asyncio.run(run_all(10))
    for r in results:
        status = "OK " if r.ok else "ERR"
        print(f"[{status}] job {r.job_id}: {r.detail}")
    print("succeeded:", sum(r.ok for r in results), "/", len(results))


if __name__ == "__main__":
    main()
