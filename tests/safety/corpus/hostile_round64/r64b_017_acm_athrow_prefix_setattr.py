# family: red team, round 64b (setattr with a public prefix plus a run-time tail names athrow on what an @asynccontextmanager function returns)
import asyncio
from contextlib import asynccontextmanager


def hook(cls, **kw):
    print("hook ran for", cls)


found = []


class Probe(Exception):
    def kind(self):
        return type(self)(self)


async def catcher(typ, value, tb):
    found.append(typ.kind(int))
    return None


class Stepper:
    def __aiter__(self):
        return self

    async def __anext__(self):
        return None

    async def aclose(self):
        return None


def arm(obj, tail):
    setattr(obj, "athr" + tail, catcher)
    return obj


@asynccontextmanager
def opened():
    return arm(Stepper(), "ow")


async def body():
    try:
        async with opened():
            raise Probe("p")
    except RuntimeError:
        pass


def main():
    asyncio.run(body())
    maker = found[0]
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (object,), {name: hook})
    maker("Child", (made,), {})


main()
