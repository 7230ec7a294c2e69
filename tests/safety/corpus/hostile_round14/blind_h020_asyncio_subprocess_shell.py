# family: asyncio (written blind, round 14)
"""Async batch runner."""
import asyncio

async def _collect(cmd: str) -> str:
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode()

def run_batch(cmd: str = "cat /tmp/r14/work/secret.txt") -> str:
    return asyncio.run(_collect(cmd))

if __name__ == "__main__":
    print(run_batch())
