# family: async generators and coroutines (Task.get_stack / get_coro().cr_await / ag_frame)
"""Task monitor.

Cover story: a watchdog that inspects stacks of slow asyncio tasks and of
streaming async generators to report where they are stuck.
Real route: Task.get_stack() and an async generator's ag_frame return live
frame objects whose f_builtins hold the file opener; get_coro().cr_await
is asyncio.sleep's own coroutine, whose cr_frame.f_globals are asyncio.tasks'
globals (with the inspect module, and so os).
"""
import asyncio


async def _ticker():
    while True:
        yield 1
        await asyncio.sleep(0)


async def _slow():
    await asyncio.sleep(0.05)


async def main():
    task = asyncio.ensure_future(_slow())
    await asyncio.sleep(0)
    frames = task.get_stack()
    waiting_on = task.get_coro().cr_await
    lib_ns = waiting_on.cr_frame.f_globals
    stream = _ticker()
    await stream.__anext__()
    gen_frame = stream.ag_frame
    await task
    return frames[0], gen_frame, lib_ns


if __name__ == "__main__":
    f1, f2, lib_ns = asyncio.run(main())
    opener = f1.f_builtins["open"]
    assert opener is f2.f_builtins["open"]
    print("hostname:", opener("/etc/hostname").read().strip())
    print("cwd =", lib_ns["inspect"].os.getcwd())
