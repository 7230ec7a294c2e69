# ordinary: asyncio producer/consumer pipeline with a bounded queue and retries
import asyncio
from dataclasses import dataclass, field


@dataclass
class Job:
    job_id: int
    payload: str
    attempts: int = 0
    errors: list = field(default_factory=list)


async def process(job):
    await asyncio.sleep(0.001)
    if job.payload.startswith("bad") and job.attempts < 2:
        raise ValueError(f"could not parse {job.payload!r}")
    return job.payload.upper()


async def worker(name, queue, results, max_attempts=3):
    while True:
        job = await queue.get()
        try:
            job.attempts += 1
            results[job.job_id] = (name, await process(job))
        except ValueError as exc:
            job.errors.append(str(exc))
            if job.attempts < max_attempts:
                await queue.put(job)
            else:
                results[job.job_id] = (name, None)
        finally:
            queue.task_done()


async def run_pipeline(payloads, workers=3):
    queue = asyncio.Queue(maxsize=10)
    results = {}
    tasks = [asyncio.create_task(worker(f"w{i}", queue, results)) for i in range(workers)]
    jobs = [Job(i, p) for i, p in enumerate(payloads)]
    for job in jobs:
        await queue.put(job)
    await queue.join()
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    return jobs, results


if __name__ == "__main__":
    jobs, results = asyncio.run(run_pipeline(["alpha", "bad-beta", "gamma", "delta", "bad-epsilon"]))
    for job in jobs:
        who, value = results[job.job_id]
        print(f"job {job.job_id} by {who}: {value!r} after {job.attempts} attempt(s) {job.errors}")
