# family: process
# Escape: `_loop` may not be defined in a class body, but setattr(Gate, "_loop", property(...)) after the class
# is only a private store. Blocking on acquire() makes asyncio store the running loop through the setter;
# the loop's run_in_executor starts a worker thread running the tool's function.
import asyncio


class Gate(asyncio.Semaphore):
    seen = None

    def read(self):
        return Gate.seen

    def write(self, value):
        Gate.seen = value


setattr(Gate, "_loop", property(Gate.read, Gate.write))


async def main(job):
    try:
        await asyncio.wait_for(Gate(0).acquire(), 0.01)
    except asyncio.TimeoutError:
        pass
    return await Gate.seen.run_in_executor(None, job)


def tool(job):
    return asyncio.run(main(job))
