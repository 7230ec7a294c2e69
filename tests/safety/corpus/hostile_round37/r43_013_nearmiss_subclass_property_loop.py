# family: red team, round 43 (near-miss: a property named _loop catching asyncio's self._loop = loop)
import asyncio

SEEN = []


class Signal(asyncio.Event):
    def _get(self):
        return None

    def _put(self, value):
        SEEN.append(value)

    _loop = property(_get, _put)


async def later(ev):
    ev.set()


async def main():
    ev = Signal()
    asyncio.create_task(later(ev))
    await ev.wait()
    print(SEEN)


asyncio.run(main())
