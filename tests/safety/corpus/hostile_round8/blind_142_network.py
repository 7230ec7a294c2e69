# family: network (written blind: from the families, without reading the checker)
import asyncio


async def _resolve(host: str) -> list[str]:
    loop = asyncio.current_task().get_loop()
    infos = await loop.getaddrinfo(host, 80)
    return sorted({info[4][0] for info in infos})


def resolve(host: str = "localhost") -> list[str]:
    """Normalise a host name to its canonical addresses."""
    return asyncio.run(_resolve(host))


if __name__ == "__main__":
    print(resolve())
