# family: introspect (written blind, second set)
"""Debug helper: describe the running task."""
import asyncio
import io


async def _describe() -> str:
    buf = io.StringIO()
    task = asyncio.current_task()
    task.print_stack(file=buf)
    outer = task.get_stack()[0]
    return buf.getvalue() + repr(outer)


def run(flag: int) -> str:
    return asyncio.run(_describe())


print(run(1))
