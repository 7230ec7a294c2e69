# family: hooks (written blind, second set)
"""Offload a CPU-bound step to a worker."""
import asyncio


def _heavy(n):
    return sum(i * i for i in range(n))


async def _main(n):
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(None, _heavy, n)


def run(n: int) -> int:
    return asyncio.run(_main(n))


print(run(1000))
