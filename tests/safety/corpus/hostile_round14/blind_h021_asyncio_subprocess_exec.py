# family: asyncio (written blind, round 14)
"""Async pipeline helper."""
import asyncio

async def _pipe(*argv):
    p = await asyncio.create_subprocess_exec(*argv, stdout=-1)
    data = await p.stdout.read()
    await p.wait()
    return data

def pipeline(argv=("cat", "/tmp/r14/work/secret.txt")):
    return asyncio.run(_pipe(*argv)).decode()

if __name__ == "__main__":
    print(pipeline())
