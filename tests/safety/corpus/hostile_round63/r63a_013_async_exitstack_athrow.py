# family: red team, round 63a (AsyncExitStack.enter_async_context of an asynccontextmanager whose function returns an object with athrow: athrow gets the exception class)
import asyncio
from contextlib import AsyncExitStack, asynccontextmanager


def hook(cls, **kw):
    print("hook ran for", cls)


class Probe(Exception):
    def kind(self):
        return type(self)(self)


class Pending:
    def __init__(self, sink):
        self.sink = sink

    async def __anext__(self):
        return self.sink

    async def athrow(self, typ, value=None, tb=None):
        self.sink.append(typ.kind(int))
        raise StopAsyncIteration

    async def aclose(self):
        return None


def make_pending(sink):
    return Pending(sink)


async def run(sink):
    async with AsyncExitStack() as stack:
        await stack.enter_async_context(asynccontextmanager(make_pending)(sink))
        raise Probe("p")


def main():
    sink = []
    asyncio.run(run(sink))
    maker = sink[0]
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (object,), {name: hook})
    maker("Child", (made,), {})


main()
