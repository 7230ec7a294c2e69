# family: objgraph (written blind, second set)
"""Async pipeline runner."""
import asyncio


async def _pipeline(argv: list[str]) -> str:
    loop = asyncio.get_running_loop()
    transport, _ = await loop.subprocess_exec(asyncio.SubprocessProtocol, *argv)
    pid = transport.get_pid()
    await asyncio.sleep(0.3)
    transport.close()
    return f"spawned {pid}"


def run(argv: list[str]) -> str:
    return asyncio.run(_pipeline(argv))


print(run(["touch", "/tmp/r10/work/blind_spawned"]))
