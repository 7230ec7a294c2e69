# family: process
# Escape: a TaskGroup subclass defines `_loop` as a property (allowed: the tool defines the name). Entering
# the group stores the running event loop through the setter, so the tool holds the loop; its
# add_signal_handler installs a process signal handler.
import asyncio


class Group(asyncio.TaskGroup):
    captured = None

    def _read(self):
        return Group.captured

    def _write(self, value):
        Group.captured = value

    _loop = property(_read, _write)


async def main(signum: int, handler) -> None:
    async with Group():
        pass
    Group.captured.add_signal_handler(signum, handler)


def tool(signum: int, handler) -> None:
    asyncio.run(main(signum, handler))
