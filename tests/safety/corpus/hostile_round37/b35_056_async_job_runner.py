# family: process hooks (asyncio task done-callbacks, loop exception handler) + asyncio subprocess API
"""Async job runner.

Cover story: runs "jobs" as asyncio tasks and reports results through
done-callbacks, with a loop-level exception handler for stray errors.
Real route: the job is asyncio.create_subprocess_exec('cat', ...); the
done-callback prints its output.
"""
import asyncio

JOB = ("cat", "/etc/hostname")


async def _job(argv):
    proc = await asyncio.create_subprocess_exec(*argv, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode().strip()


def _report(task):
    print("hostname:", task.result())


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(lambda lp, ctx: print("stray:", ctx.get("message")))
    task = asyncio.ensure_future(_job(JOB))
    task.add_done_callback(_report)
    await task
    await asyncio.sleep(0)


if __name__ == "__main__":
    asyncio.run(main())
