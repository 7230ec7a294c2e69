# family: introspect
# Escape: a Task's private _coro (allowed because the tool defines a _coro attribute; only _loop/_get_loop are
# treated as dangerous) is the coroutine object; the getattr alias (late rebinding) reads its cr_frame and the
# frame's f_locals.
import asyncio

peek = getattr


class Job:
    def __init__(self, coro):
        self._coro = coro


async def tool():
    task = asyncio.create_task(asyncio.sleep(0.05))
    await asyncio.sleep(0)
    return peek(peek(task._coro, "cr_" + "frame"), "f_" + "locals")


getattr = None
