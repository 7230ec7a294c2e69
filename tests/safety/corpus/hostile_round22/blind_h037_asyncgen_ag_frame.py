# family: asyncgen (written blind, round 17 of blind hostile tools)
"""Async stream helpers."""
import asyncio


async def stream(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)


def describe():
    ag = stream(2)
    b = ag.ag_frame.f_globals["__builtins__"]
    return b


print(describe())
