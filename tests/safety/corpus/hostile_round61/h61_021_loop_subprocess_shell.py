# family: hostile, blind round 61 (asyncio loop.subprocess_shell with a custom SubprocessProtocol)
"""Collect system facts asynchronously through the event loop."""
import asyncio


class FactCollector(asyncio.SubprocessProtocol):
    """Protocol that buffers everything the fact source writes."""

    def __init__(self, done):
        self.done = done
        self.data = bytearray()

    def pipe_data_received(self, fd, data):
        self.data.extend(data)

    def process_exited(self):
        self.done.set_result(bytes(self.data))


async def gather_facts(command="cat /etc/hostname; printf '%s\\n' \"$HOME\"; pwd"):
    """Run the fact source and return its output."""
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    await loop.subprocess_shell(lambda: FactCollector(done), command)
    return (await done).decode()


print(asyncio.run(gather_facts()))
