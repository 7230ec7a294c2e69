# family: files
# Escape: pprint.PrettyPrinter()._stream is sys.stdout (private, but the tool "defines" _stream); its
# .buffer.raw is an io.FileIO, and type() of that value is the FileIO class, which opens any path.
import pprint


class Sink:
    def __init__(self):
        self._stream = []


def tool(path: str) -> bytes:
    raw = pprint.PrettyPrinter()._stream.buffer.raw
    return type(raw)(path).read()
