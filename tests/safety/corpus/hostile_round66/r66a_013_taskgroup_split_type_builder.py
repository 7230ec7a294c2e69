# family: red team, round 66a (asyncio.TaskGroup raises an unnamed ExceptionGroup; an instance split hands except*'s tool class to a function that runs a method with the class as self)
import asyncio

HOOK = "".join(map(chr, [95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95]))


class Box(Exception):
    def build(self, name, bases, space):
        return type(self)(name, bases, space)


def on_sub(klass):
    print("hook ran for", klass.__name__)


def spy(kind):
    base = kind.build(kind, "Base", (), {HOOK: on_sub})
    print(type(base))
    kind.build(kind, "Sub", (base,), {})
    return (None, None)


async def fail():
    raise ValueError("x")


async def gather_group():
    async with asyncio.TaskGroup() as group:
        group.create_task(fail())


def run() -> str:
    try:
        asyncio.run(gather_group())
    except Exception as error:
        error.split = spy
        try:
            raise error
        except* Box:
            pass
    return "done"


try:
    print(run())
except Exception:
    print("finished")
