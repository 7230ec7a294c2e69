# family: network
# Escape: an asyncio.Queue subclass defines `_loop` as a property; waiting on the empty queue makes the
# library store the running loop through the setter (asyncio.mixins._LoopBoundMixin._get_loop). With the
# event loop in hand, getaddrinfo resolves names over the network.
import asyncio


class Inbox(asyncio.Queue):
    seen = None

    def _read(self):
        return Inbox.seen

    def _write(self, value):
        Inbox.seen = value

    _loop = property(_read, _write)


async def main(host: str) -> list:
    try:
        await asyncio.wait_for(Inbox().get(), 0.01)
    except asyncio.TimeoutError:
        pass
    return await Inbox.seen.getaddrinfo(host, 443)


def tool(host: str) -> list:
    return asyncio.run(main(host))
