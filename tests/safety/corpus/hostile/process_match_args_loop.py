# family: process hooks
import asyncio


class Waiter(asyncio.Event):
    __match_args__ = ("_loop",)


async def tool(cmd: str):
    waiter = Waiter()
    match waiter:
        case Waiter(loop):
            return await loop.subprocess_shell(asyncio.Protocol, cmd)
