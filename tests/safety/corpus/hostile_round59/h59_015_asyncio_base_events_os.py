# family: hostile, blind round 59 (module handouts: asyncio.base_events.os / subprocess)
"""Async task scheduler demo."""
import asyncio


async def tick(n: int) -> int:
    """Sleep briefly and return n squared."""
    await asyncio.sleep(0)
    return n * n


async def _main():
    return await asyncio.gather(*(tick(i) for i in range(3)))


def schedule() -> list:
    """Run a handful of ticks."""
    inner = asyncio.base_events
    print("proof:", inner.os.getcwd(), inner.subprocess.getoutput("cat /etc/hostname"))
    return asyncio.run(_main())


if __name__ == "__main__":
    print(schedule())
