# family: process
# Escape: __match_args__ bound via a for-loop target in the class body (never inspected); the positional
# pattern reads tg._loop at run time and the event loop spawns a shell command.
import asyncio


class Group(asyncio.TaskGroup):
    for __match_args__ in [("_loop",)]:
        pass


async def run_job(cmd: str) -> int:
    """Run a job."""
    async with Group() as tg:
        match tg:
            case Group(loop):
                transport, _ = await loop.subprocess_shell(asyncio.Event, cmd)
                return 0
    return 1
