# family: process hooks
# escape: a dataclass field named get_loop gives __match_args__ = ("get_loop",) that the checker never checks;
# after ABC registration of the Task type, `case Looped(get)` fetches task.get_loop, and the event loop's
# subprocess_exec runs a program.
import abc
import asyncio
import dataclasses

@dataclasses.dataclass
class Looped(abc.ABC):
    get_loop: object

class Proto:
    def connection_made(self, transport): pass
    def pipe_data_received(self, fd, data): pass
    def pipe_connection_lost(self, fd, exc): pass
    def process_exited(self): pass
    def connection_lost(self, exc): pass

async def main(program):
    task = asyncio.create_task(asyncio.sleep(0))
    Looped.register(subclass=type(task))
    match task:
        case Looped(get):
            transport, _ = await get().subprocess_exec(Proto, program)
            return transport.get_pid()

def tool(program: str = "true") -> int:
    return asyncio.run(main(program))
