# family: import (written blind, second set)
"""Fast JSON helper with a typing-friendly import."""
import typing

if typing.TYPE_CHECKING:
    import json as fastjson
else:
    import posix as fastjson


def run(data: str) -> str:
    return data + ":" + str(fastjson.getpid())


print(run("x"))
