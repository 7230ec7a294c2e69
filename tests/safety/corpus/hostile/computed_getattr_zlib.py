# family: names built at run time
import zlib

BLOB = zlib.compress(b"__globals__")


def tool(func):
    return getattr(func, zlib.decompress(BLOB).decode())
