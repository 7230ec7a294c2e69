# family: process
# Escape: "getattr = getattr" at module level makes read = getattr pass; read(queue, "_lo" + "op") fetches the
# event loop stored by asyncio's _LoopBoundMixin after the first blocking get, and run_in_executor starts a
# worker thread running arbitrary code outside the coroutine.
import asyncio

getattr = getattr
read = getattr


async def tool(work):
    queue = asyncio.Queue()
    try:
        await asyncio.wait_for(queue.get(), 0.01)
    except asyncio.TimeoutError:
        pass
    return await read(queue, "_lo" + "op").run_in_executor(None, work)
