# family: process
# Escape: the event loop sits in the private _loop of an asyncio.Event after a wait; update_wrapper's "updated"
# copy (through operator.call) hands it to a Grab.update, so no attribute rule sees "_loop". The loop then
# installs a SIGTERM handler with add_signal_handler.
import asyncio
import functools
import operator
import types


class Grab:
    def update(self, value):
        self.value = value


async def tool(handler) -> str:
    event, grab = asyncio.Event(), Grab()
    try:
        await asyncio.wait_for(event.wait(), 0.01)
    except asyncio.TimeoutError:
        pass
    operator.call(functools.update_wrapper, types.SimpleNamespace(_loop=grab), event, (), ("_loop",))
    grab.value.add_signal_handler(15, handler)
    return "installed"
