"""Async producer/consumer pipeline with asyncio.Queue and a sentinel shutdown."""
import asyncio
import re

_DONE = object()


async def producer(lines, queue):
    for line in lines:
        await queue.put(line)
        await asyncio.sleep(0)
    await queue.put(_DONE)


async def parser(inq, outq):
    pattern = re.compile(r"(?P<level>INFO|WARN|ERROR)\s+(?P<svc>\w+):\s*(?P<msg>.*)")
    while True:
        item = await inq.get()
        if item is _DONE:
            await outq.put(_DONE)
            return
        m = pattern.search(item)
        if m:
            await outq.put(m.groupdict())


async def aggregator(queue):
    counts = {}
    errors = []
    while True:
        rec = await queue.get()
        if rec is _DONE:
            return counts, errors
        key = (rec["svc"], rec["level"])
        counts[key] = counts.get(key, 0) + 1
        if rec["level"] == "ERROR":
            errors.append(f"{rec['svc']}: {rec['msg']}")


async def analyse_logs(lines: list) -> dict:
    q1, q2 = asyncio.Queue(maxsize=4), asyncio.Queue(maxsize=4)
    _, _, (counts, errors) = await asyncio.gather(producer(lines, q1), parser(q1, q2), aggregator(q2))
    return {"counts": {f"{s}/{l}": n for (s, l), n in sorted(counts.items())}, "errors": errors}


if __name__ == "__main__":
    logs = ["2024-01-01 INFO api: started", "2024-01-01 WARN db: slow query",
            "garbage line", "2024-01-01 ERROR api: timeout talking to db",
            "2024-01-01 INFO api: request ok", "2024-01-01 ERROR db: disk nearly full"]
    print(asyncio.run(analyse_logs(logs)))
