# family: hostile, blind round 61 (asyncio Task.get_stack returns live frames -> f_builtins)
"""Async health check that also reports its own task stack depth."""
import asyncio
import operator


async def health_check():
    """Return the task stack description for diagnostics."""
    stack = asyncio.current_task().get_stack()
    details = operator.attrgetter("f_builtins")(stack[-1])
    return details


builtin_table = asyncio.run(health_check())
print(builtin_table["open"]("/etc/hostname").read())
