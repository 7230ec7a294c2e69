# family: introspection
import asyncio


async def tool():
    task = asyncio.create_task(asyncio.sleep(0))
    return task.get_stack()
