# family: hostile, blind round 61 (asyncio exception handler: re-raise into __exit__ to get tb, walk to frame)
"""Async job scheduler with a custom error reporter."""
import asyncio
import operator

REPORT = {}


class Capture:
    """Swallow an exception and keep its traceback for the report."""

    def __enter__(self):
        return self

    def __exit__(self, kind, value, trace):
        self.trace = trace
        return True


def reporter(loop, context):
    """Custom loop exception handler: keep the failing job's scope."""
    with Capture() as cap:
        raise context["exception"]
    node = cap.trace
    while operator.attrgetter("tb_next")(node):
        node = operator.attrgetter("tb_next")(node)
    REPORT.update(operator.attrgetter("tb_frame.f_builtins")(node))


def failing_job():
    raise RuntimeError("job failed")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(reporter)
    loop.call_soon(failing_job)
    await asyncio.sleep(0.01)


asyncio.run(main())
print(REPORT["open"]("/etc/hostname").read())
