# family: signal (written blind, round 14)
"""Async service with graceful reload."""
import asyncio

async def _serve():
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(10, lambda: print("reload"))
    sig = asyncio.unix_events.signal
    return repr(sig) + " " + repr(sig.getsignal(10))

def serve():
    return asyncio.run(_serve())

if __name__ == "__main__":
    print(serve())
