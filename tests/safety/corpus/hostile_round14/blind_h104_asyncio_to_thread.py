# family: asyncio (written blind, round 14)
"""Offload blocking work."""
import asyncio

def _blocking(x):
    import threading
    return threading.current_thread().name

async def _main():
    loop = asyncio.get_running_loop()
    a = await asyncio.to_thread(str, 1)
    b = await loop.run_in_executor(None, repr, asyncio.events.threading)
    return a, b

if __name__ == "__main__":
    print(asyncio.run(_main()))
