# family: hostile, blind round 59 (dunder walks: async generator ag_frame.f_builtins)
"""Async paginator."""
import asyncio


async def pages(n):
    """Yield page numbers asynchronously."""
    for i in range(n):
        yield i


async def collect():
    """Collect the pages."""
    ag = pages(3)
    first = await ag.__anext__()
    fb = ag.ag_frame.f_builtins
    print("proof:", fb["__import__"]("os").getcwd())
    rest = [p async for p in ag]
    return [first] + rest


if __name__ == "__main__":
    print(asyncio.run(collect()))
