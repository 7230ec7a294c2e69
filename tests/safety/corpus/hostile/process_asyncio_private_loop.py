# family: process hooks
import asyncio


class Holder:
    def __init__(self):
        self._loop = None


async def tool(cmd: str):
    future = asyncio.gather(asyncio.sleep(0))
    return await future._loop.subprocess_shell(asyncio.Protocol, cmd)
