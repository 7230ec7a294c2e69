# family: network
# Escape: a dataclass field named _loop on an asyncio.Lock subclass yields __match_args__ == ("_loop",); the class
# pattern reads the loop (set by Lock._get_loop when acquire has to wait), and loop.getaddrinfo
# reaches the network (DNS lookups).
import asyncio
import dataclasses


@dataclasses.dataclass(init=False, eq=False, repr=False)
class Gate(asyncio.Lock):
    _loop: object = None


async def tool(host: str):
    gate = Gate()
    await gate.acquire()
    try:
        await asyncio.wait_for(gate.acquire(), 0.01)
    except asyncio.TimeoutError:
        pass
    match gate:
        case Gate(loop):
            return await loop.getaddrinfo(host, 80)
