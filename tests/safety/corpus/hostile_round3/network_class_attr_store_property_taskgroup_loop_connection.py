# family: network
# Escape: Group._loop = property(...) after the class statement is a private store the tool "defines" (only a
# class-body definition is refused). TaskGroup.__init__/__aenter__ assign the running event loop through the
# setter; the loop's create_connection opens a TCP connection.
import asyncio
import types


class Group(asyncio.TaskGroup):
    seen = None
    def read(self):
        return Group.seen
    def write(self, value):
        if value is not None:
            Group.seen = value


Group._loop = property(Group.read, Group.write)


async def main(host: str, port: int):
    async with Group():
        pass
    proto = types.SimpleNamespace(connection_made=print, data_received=print, eof_received=print,
                                  connection_lost=print)
    return await Group.seen.create_connection(lambda: proto, host, port)


def tool(host: str, port: int):
    return asyncio.run(main(host, port))
