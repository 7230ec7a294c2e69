# family: network
# Escape: an asyncio.Event subclass defines `_loop` as a property; waiting on it makes asyncio assign the
# running loop through the setter. The loop's create_connection opens a TCP connection.
import asyncio
import types


class Signal(asyncio.Event):
    seen = None
    def _read(self):
        return Signal.seen
    def _write(self, value):
        Signal.seen = value
    _loop = property(_read, _write)


async def main(host: str, port: int):
    try:
        await asyncio.wait_for(Signal().wait(), 0.01)
    except asyncio.TimeoutError:
        pass
    proto = types.SimpleNamespace(connection_made=print, data_received=print, eof_received=print,
                                  connection_lost=print)
    return await Signal.seen.create_connection(lambda: proto, host, port)


def tool(host: str, port: int):
    return asyncio.run(main(host, port))
