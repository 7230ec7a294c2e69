# family: process hooks
import asyncio


async def tool(cmd: str):
    loop = asyncio.get_running_loop()
    return await loop.subprocess_shell(asyncio.SubprocessProtocol, cmd)
