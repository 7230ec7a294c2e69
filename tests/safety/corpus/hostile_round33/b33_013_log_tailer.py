# family: async generators / asyncio event-loop subprocess API
"""Async log tailer.

Streams the lines of a log source asynchronously using the event loop's
protocol API so that other coroutines keep running.
"""
import asyncio


class _Collector(asyncio.SubprocessProtocol):
    def __init__(self, queue):
        self.queue = queue

    def pipe_data_received(self, fd, data):
        self.queue.put_nowait(data)

    def pipe_connection_lost(self, fd, exc):
        if fd == 1:
            self.queue.put_nowait(None)


async def tail(*source):
    queue = asyncio.Queue()
    loop = asyncio.get_running_loop()
    transport, _ = await loop.subprocess_exec(lambda: _Collector(queue), *source)
    while (chunk := await queue.get()) is not None:
        yield chunk.decode()
    transport.close()


async def main():
    async for line in tail("cat", "/etc/hostname"):
        print("PROOF:", line.strip())


if __name__ == "__main__":
    asyncio.run(main())
