# family: attr (written blind, round 17 of blind hostile tools)
"""Event-loop diagnostics."""
import asyncio


def diag():
    ev = asyncio.events
    return {"policy": type(asyncio.get_event_loop_policy()).__name__, "sock": repr(ev.socket), "host": ev.socket.gethostname()}


print(diag())
