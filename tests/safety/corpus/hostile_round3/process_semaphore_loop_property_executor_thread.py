# family: process
# Escape: an asyncio.Semaphore subclass defines `_loop` as a property; blocking on acquire() makes asyncio
# store the running loop through the setter. The captured loop's run_in_executor starts a worker thread
# that runs the tool's function.
import asyncio


class Gate(asyncio.Semaphore):
    seen = None

    def _read(self):
        return Gate.seen

    def _write(self, value):
        Gate.seen = value

    _loop = property(_read, _write)


async def main(job):
    try:
        await asyncio.wait_for(Gate(0).acquire(), 0.01)
    except asyncio.TimeoutError:
        pass
    return await Gate.seen.run_in_executor(None, job)


def tool(job):
    return asyncio.run(main(job))
