# family: process hooks
import asyncio


async def tool(cmd: str) -> bytes:
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out
