# family: network
# Escape: socket is in sys.modules once asyncio is imported (asyncio.base_events imports it); sys comes
# from warnings.catch_warnings()._module.sys. The tool opens a TCP connection.
import asyncio
import warnings


class Client:
    def __init__(self):
        self._module = asyncio.Queue


def tool(host: str, port: int) -> bytes:
    net = warnings.catch_warnings()._module.sys.modules["socket"]
    with net.create_connection((host, port), timeout=3) as conn:
        return conn.recv(100)
