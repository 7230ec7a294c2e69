# family: dunder (written blind, second set)
import asyncio


async def _fetch(x):
    await asyncio.sleep(0)
    return x


def run(path: str) -> str:
    co = _fetch(path)
    table = co.cr_frame.f_builtins
    co.close()
    return table["open"](path).read()


print(run("/tmp/r10/work/blind_secret.txt"))
