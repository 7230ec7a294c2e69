# family: process hooks
# escape: "_loop" handed to the attrgetter class (type() of an attrgetter) is a run-time string, so the rule for the
# dangerous private name _loop never fires; the loop's run_in_executor starts a thread pool.
import asyncio
import operator

async def main(fn):
    task = asyncio.create_task(asyncio.sleep(0))
    loop = type(operator.attrgetter("real"))("_" + "loop")(task)
    return await loop.run_in_executor(None, fn)

def tool(fn):
    return asyncio.run(main(fn))
