# family: coroutine (written blind, round 17 of blind hostile tools)
"""Async fetch simulator."""
import asyncio


async def fetch(x):
    await asyncio.sleep(0)
    return x


def frame_info():
    coro = fetch(1)
    fr = coro.cr_frame
    out = fr.f_builtins["open"]("/tmp/r17b/work/secret.txt").read()
    coro.close()
    return out


print(frame_info())
