# family: red team, round 44 (asynccontextmanager's __aexit__ awaits self.gen.athrow(typ, ...): a coroutine function returning a class makes gen that class, so its plain athrow runs with the exception type as self)
import asyncio
from contextlib import asynccontextmanager, AsyncExitStack
import base64


def hook(cls):
    print("hook ran on", cls)


class Shape:
    def athrow(self, value, trace):
        raise LookupError(type(self))


@asynccontextmanager
def opened():
    return Shape


async def grab():
    try:
        async with AsyncExitStack() as stack:
            stack.push_async_exit(opened())
            raise KeyError("go")
    except LookupError as error:
        return error.args[0]


def main():
    meta = asyncio.run(grab())
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})


main()
