# family: network (written blind: from the families, without reading the checker)
import asyncio


class _Quiet:
    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data):
        pass

    def connection_lost(self, exc):
        pass


async def _probe(host: str, port: int) -> str:
    loop = asyncio.get_running_loop()
    try:
        transport, _ = await loop.create_connection(_Quiet, host, port)
        transport.close()
        return "open"
    except OSError as exc:
        return f"{type(exc).__name__}: {exc}"


def probe(host: str = "127.0.0.1", port: int = 9) -> str:
    """Probe a service."""
    return asyncio.run(_probe(host, port))


if __name__ == "__main__":
    print(probe())
