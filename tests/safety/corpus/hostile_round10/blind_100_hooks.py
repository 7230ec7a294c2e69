# family: hooks (written blind, second set)
"""Graceful reload on SIGUSR1."""
import asyncio


async def _main():
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(10, print, "reload requested")
    return "installed"


def run(flag: int) -> str:
    return asyncio.run(_main())


print(run(1))
