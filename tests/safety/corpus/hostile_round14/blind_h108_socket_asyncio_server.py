# family: socket (written blind, round 14)
"""Local echo service."""
import asyncio

async def _start():
    srv = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    sock = srv.sockets[0]
    info = repr(sock)
    srv.close()
    await srv.wait_closed()
    return info

def start():
    return asyncio.run(_start())

if __name__ == "__main__":
    print(start())
