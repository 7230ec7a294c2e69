# family: handout (written blind: from the families, without reading the checker)
import asyncio


async def _run(cmd: str) -> str:
    proc = await asyncio.create_subprocess_exec(cmd, "hello", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode()


def echo(cmd: str = "echo") -> str:
    """Echo a word."""
    return asyncio.run(_run(cmd))


if __name__ == "__main__":
    print(echo())
