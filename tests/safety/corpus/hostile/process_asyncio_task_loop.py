# family: process hooks
import asyncio


async def tool(cmd: str):
    task = asyncio.create_task(asyncio.sleep(0))
    loop = task.get_loop()
    return await loop.subprocess_shell(asyncio.Protocol, cmd)
