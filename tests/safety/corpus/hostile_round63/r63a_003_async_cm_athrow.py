# family: red team, round 63a (an @asynccontextmanager function returning an object whose athrow() receives the raised exception's class)
import asyncio
from contextlib import asynccontextmanager


def hook(cls, **kw):
    print("hook ran for", cls)


found = []


class Probe(Exception):
    def kind(self):
        return type(self)(self)


class FakeAgen:
    async def __anext__(self):
        return None

    async def athrow(self, typ, value, tb):
        found.append(typ.kind(int))
        raise StopAsyncIteration

    async def aclose(self):
        return None


def opened_plain():
    return FakeAgen()


async def run():
    async with asynccontextmanager(opened_plain)():
        raise Probe("p")


def main():
    asyncio.run(run())
    maker = found[0]
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (object,), {name: hook})
    maker("Child", (made,), {})


main()
