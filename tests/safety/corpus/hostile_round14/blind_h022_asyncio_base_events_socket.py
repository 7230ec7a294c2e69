# family: asyncio (written blind, round 14)
"""Async event helpers."""
import asyncio

def loop_info() -> dict:
    be = asyncio.base_events
    return {"socket": repr(be.socket), "host": be.socket.gethostname()}

if __name__ == "__main__":
    print(loop_info())
