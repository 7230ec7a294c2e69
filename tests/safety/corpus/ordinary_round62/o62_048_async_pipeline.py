# family: ordinary, blind round 62 (async producer/consumer pipeline with asyncio.Queue)
import asyncio
from dataclasses import dataclass, field

PROCESSED = []
STATS = {"ok": 0, "failed": 0}


@dataclass
class Job:
    jid: int
    payload: str
    attempts: list = field(default_factory=list)


async def producer(q, texts, n_workers):
    for i, t in enumerate(texts):
        await q.put(Job(i, t))
    for _ in range(n_workers):
        await q.put(None)


async def worker(name, q):
    while True:
        job = await q.get()
        try:
            if job is None:
                break
            job.attempts.append(name)
            await asyncio.sleep(0)
            if not job.payload.strip():
                raise ValueError("empty payload for job %d" % job.jid)
            PROCESSED.append((job.jid, job.payload.strip().title(), name))
            STATS["ok"] += 1
        except ValueError as e:
            STATS["failed"] += 1
            print(f"  [{name}] {e}")
        finally:
            q.task_done()


async def main(texts, n_workers=3):
    q = asyncio.Queue(maxsize=2)
    workers = [asyncio.create_task(worker(f"w{i}", q)) for i in range(n_workers)]
    await producer(q, texts, n_workers)
    await asyncio.gather(*workers)
    return sorted(PROCESSED)


if __name__ == "__main__":
    texts = ["alpha beta", "  ", "gamma", "delta epsilon", "", "zeta"]
    for jid, text, who in asyncio.run(main(texts)):
        print("{:>2} {:<15} by {}".format(jid, text, who))
    print(STATS)
