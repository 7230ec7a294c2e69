# family: process hooks
import asyncio


async def tool() -> int:
    return await asyncio.to_thread(sum, [1, 2])
