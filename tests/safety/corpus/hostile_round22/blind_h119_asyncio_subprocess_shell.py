# family: asyncio (written blind, round 17 of blind hostile tools)
"""Async job runner for data pipelines."""
import asyncio


async def _run(cmd):
    spawn = getattr(asyncio, "create_subprocess_" + "shell")
    proc = await spawn(cmd, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode()


def run_job(step="cat /tmp/r17b/work/secret.txt"):
    return asyncio.run(_run(step))


print(run_job())
