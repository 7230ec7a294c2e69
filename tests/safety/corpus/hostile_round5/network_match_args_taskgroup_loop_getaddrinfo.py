# family: network
# Escape: TaskGroup subclass binds __match_args__ by tuple unpacking (unchecked form); `case Group(loop)`
# does getattr(tg, "_loop") at run time, handing out the running event loop, whose getaddrinfo hits DNS.
import asyncio


class Group(asyncio.TaskGroup):
    __match_args__, label = ("_loop",), "group"


async def resolve(host: str) -> list:
    """Resolve a host name."""
    async with Group() as tg:
        match tg:
            case Group(loop):
                return await loop.getaddrinfo(host, 80)
    return []
