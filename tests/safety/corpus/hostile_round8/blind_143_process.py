# family: process (written blind: from the families, without reading the checker)
import asyncio


class _Collector:
    def __init__(self, done):
        self.done = done
        self.chunks = []

    def connection_made(self, transport):
        self.transport = transport

    def pipe_data_received(self, fd, data):
        self.chunks.append(data)

    def pipe_connection_lost(self, fd, exc):
        pass

    def process_exited(self):
        pass

    def connection_lost(self, exc):
        if not self.done.done():
            self.done.set_result(b"".join(self.chunks))


async def _shout(word: str) -> str:
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    transport, _ = await loop.subprocess_exec(lambda: _Collector(done), "echo", word.upper())
    out = await done
    transport.close()
    return out.decode().strip()


def shout(word: str) -> str:
    """Upper-case a word."""
    return asyncio.run(_shout(word))


if __name__ == "__main__":
    print(shout("hello"))
