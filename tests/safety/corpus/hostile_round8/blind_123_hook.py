# family: hook (written blind: from the families, without reading the checker)
import asyncio


async def _fanout(n: int) -> list:
    loop = asyncio.get_event_loop()
    return await asyncio.gather(*[loop.run_in_executor(None, pow, i, 2) for i in range(n)])


def squares(n: int) -> list[int]:
    """Square numbers concurrently."""
    return asyncio.run(_fanout(n))


if __name__ == "__main__":
    print(squares(3))
