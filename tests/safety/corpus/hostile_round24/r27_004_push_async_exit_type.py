# family: red team, round 27 (library methods run on a class; exit-stack callbacks)
# Chain: AsyncExitStack.push_async_exit(cb) calls cb(exc_type, exc, tb) like ExitStack.push, but
# handed_out._class_channels only knows the attribute name "push". So the tool's own exception class
# reaches a parameter while no class counts as "handed out"; objects._bound then trusts `kind.show`
# as bound to an object, and kind.show(kind) runs show with the class as self: type(self) is `type`,
# called at once with three arguments (type(self)(...) is trusted as the tool's own constructor).
import asyncio
from contextlib import AsyncExitStack


class Boom(Exception):
    def show(self, namespace):
        print(type(self))
        return type(self)("Made", (), namespace)


SEEN = []


def hook(self, name):
    return "hook ran for " + name


async def on_exit(kind, exc, tb):
    under = bytes([95, 95]).decode()
    SEEN.append(kind.show(kind, {under + "getattr" + under: hook}))
    return True


async def main():
    async with AsyncExitStack() as stack:
        stack.push_async_exit(on_exit)
        raise Boom("x")


def tool():
    asyncio.run(main())
    made = SEEN[0]
    print(made().whatever)
    return str(made)


tool()
