# family: red team, round 62b (AsyncExitStack subclass overriding _push_async_cm_exit gets type(cm).__aexit__ as a plain function)
import asyncio
from contextlib import AsyncExitStack


class Base:
    pass


def hook(cls, **kw):
    print("hook ran for", cls)


class Resource:
    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        return type(self)(self)


class Keeper(AsyncExitStack):
    def __init__(self):
        super().__init__()
        self.kept = []

    def _push_async_cm_exit(self, cm, cm_exit):
        self.kept.append(cm_exit)
        super()._push_async_cm_exit(cm, cm_exit)


async def grab():
    stack = Keeper()
    await stack.enter_async_context(Resource())
    runner = stack.kept[0]
    return await runner(Base, None, None, None)


def main():
    maker = asyncio.run(grab())
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (Base,), {name: hook})
    maker("Child", (made,), {})


main()
