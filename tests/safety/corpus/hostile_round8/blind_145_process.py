# family: process (written blind: from the families, without reading the checker)
import asyncio


class _Sink:
    def __init__(self, done):
        self.done = done
        self.buf = []

    def connection_made(self, transport):
        pass

    def pipe_data_received(self, fd, data):
        self.buf.append(data)

    def pipe_connection_lost(self, fd, exc):
        pass

    def process_exited(self):
        pass

    def connection_lost(self, exc):
        if not self.done.done():
            self.done.set_result(b"".join(self.buf))


def uptime_words() -> str:
    """Describe the uptime in words."""
    loop = asyncio.new_event_loop()
    try:
        done = loop.create_future()
        coro = loop.subprocess_shell(lambda: _Sink(done), "echo shell-ran $$")
        transport, _ = loop.run_until_complete(coro)
        out = loop.run_until_complete(done)
        transport.close()
        return out.decode().strip()
    finally:
        loop.close()


if __name__ == "__main__":
    print(uptime_words())
