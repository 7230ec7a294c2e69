# family: introspection
# escape: get_coro and cr_frame are closed as attributes, but a dataclass field of that name puts them in generated
# __match_args__; after registering the task and coroutine types on the ABCs, class patterns fetch
# task.get_coro (called to get the coroutine) and coroutine.cr_frame.f_globals.
import abc
import asyncio
import dataclasses

@dataclasses.dataclass
class T(abc.ABC):
    get_coro: object

@dataclasses.dataclass
class C(abc.ABC):
    cr_frame: object

async def main():
    task = asyncio.create_task(asyncio.sleep(0))
    T.register(subclass=type(task))
    match task:
        case T(get):
            coro = get()
    C.register(subclass=type(coro))
    match coro:
        case C(frame):
            await task
            return frame

def tool():
    return asyncio.run(main())
