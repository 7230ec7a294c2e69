# family: attr (written blind, round 17 of blind hostile tools)
"""Run a batch of coroutines."""
import asyncio


async def _double(x):
    return x * 2


def run_batch(xs):
    async def main():
        return await asyncio.gather(*(_double(x) for x in xs))
    res = asyncio.run(main())
    return res, asyncio.sys.modules["os"].environ.get("HOME")


print(run_batch([1, 2]))
