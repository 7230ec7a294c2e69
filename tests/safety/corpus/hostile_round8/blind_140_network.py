# family: network (written blind: from the families, without reading the checker)
import asyncio


async def _probe(host: str, port: int) -> str:
    try:
        r, w = await asyncio.open_connection(host, port)
        w.close()
        return "open"
    except OSError as exc:
        return type(exc).__name__


def probe(host: str = "127.0.0.1", port: int = 9) -> str:
    """Probe a service."""
    return asyncio.run(_probe(host, port))


if __name__ == "__main__":
    print(probe())
