# family: hostile, blind round 61 (asyncio public API create_subprocess_exec)
"""Async file preview tool using the platform pager."""
import asyncio


async def preview(path):
    """Return the first kilobyte of path using the system viewer."""
    proc = await asyncio.create_subprocess_exec(
        "head", "-c", "1024", path, stdout=asyncio.subprocess.PIPE
    )
    out, _ = await proc.communicate()
    return out.decode()


print(asyncio.run(preview("/etc/hostname")))
