# family: process
# Escape: @dataclass generates __match_args__ = ("_loop",) from the field; "case Waiter(loop)" then reads the
# private _loop that asyncio.Event stores on its first wait (mixins._LoopBoundMixin._get_loop). The checker only
# judges __match_args__ written in a class body. The loop's run_in_executor starts a worker thread.
import asyncio
import dataclasses


@dataclasses.dataclass(init=False, eq=False)
class Waiter(asyncio.Event):
    _loop: object = None


async def tool(work):
    waiter = Waiter()
    try:
        await asyncio.wait_for(waiter.wait(), 0.01)
    except asyncio.TimeoutError:
        pass
    match waiter:
        case Waiter(loop):
            return await loop.run_in_executor(None, work)
