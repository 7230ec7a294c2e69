# ordinary: validate several records concurrently with asyncio.TaskGroup and handle an ExceptionGroup with except*
import asyncio
from dataclasses import dataclass


class InvalidRecord(ValueError):
    pass


class LookupFailed(RuntimeError):
    pass


@dataclass
class Record:
    id: int
    email: str


async def validate(record: Record) -> Record:
    await asyncio.sleep(0.01 * (record.id % 3))
    if "@" not in record.email:
        raise InvalidRecord(f"record {record.id}: bad email {record.email!r}")
    if record.id == 13:
        raise LookupFailed(f"record {record.id}: upstream lookup failed")
    return record


async def validate_all(records: list[Record]) -> tuple[list[Record], list[str]]:
    problems: list[str] = []
    tasks = []
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(validate(r)) for r in records]
    except* InvalidRecord as group:
        problems.extend(f"invalid: {e}" for e in group.exceptions)
    except* LookupFailed as group:
        problems.extend(f"retry later: {e}" for e in group.exceptions)
    ok = [t.result() for t in tasks if t.done() and not t.cancelled() and t.exception() is None]
    return ok, problems


async def first_finished(delays: dict[str, float]) -> list[str]:
    async def job(name: str, delay: float) -> str:
        await asyncio.sleep(delay)
        return name

    order = []
    for fut in asyncio.as_completed([job(n, d) for n, d in delays.items()]):
        order.append(await fut)
    return order


if __name__ == "__main__":
    good = [Record(1, "a@x.io"), Record(2, "b@x.io")]
    ok, errs = asyncio.run(validate_all(good))
    print(len(ok), "valid", errs)
    ok, errs = asyncio.run(validate_all(good + [Record(4, "nope"), Record(13, "c@x.io")]))
    print(len(ok), "valid", errs)
    print(asyncio.run(first_finished({"slow": 0.03, "fast": 0.01, "medium": 0.02})))
