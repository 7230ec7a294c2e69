# family: modules that hand out objects
# escape: sys.stdout (PrettyPrinter()._stream, `_stream` allowed because the tool defines it) hands out its classes
# by type(): io.TextIOWrapper and, through .buffer.raw, io.FileIO; type(out)(type(raw)(path)) rebuilds io.open (a
# NEVER attribute) for text reads of any file.
import pprint

class Cache:
    _stream = None

def tool(path: str) -> str:
    out = pprint.PrettyPrinter()._stream
    return type(out)(type(out.buffer.raw)(path), encoding="utf-8").read()
