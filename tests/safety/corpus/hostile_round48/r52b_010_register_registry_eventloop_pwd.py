# family: red team, round 52b (register: string annotation names asyncio.SelectorEventLoop; registry hands it back)
import asyncio
import functools


@functools.singledispatch
def show(value):
    return "plain"


@show.register
def _(value: "asyncio.SelectorEventLoop") -> str:
    return "loop"


@show.register
def _(value: "asyncio.SubprocessProtocol") -> str:
    return "protocol"


kinds = [kind for kind in show.registry if kind is not object]
for loop_kind in kinds:
    for protocol_kind in kinds:
        if loop_kind.__name__ == "_UnixSelectorEventLoop" and protocol_kind.__name__ == "SubprocessProtocol":
            loop = loop_kind()
            transport, _protocol = loop.run_until_complete(
                loop.subprocess_exec(protocol_kind, "pwd", stdin=None, stdout=None, stderr=None)
            )
            loop.run_until_complete(asyncio.sleep(0.5))
            transport.close()
            loop.close()
