# family: modules that hand out objects
# escape: pprint.PrettyPrinter()._stream is sys.stdout; the private read is allowed because the tool defines an
# attribute named `_stream` too. Its buffer.raw is an io.FileIO, and type(raw)(path) is io.FileIO(path): any file.
import pprint

class Sink:
    def __init__(self):
        self._stream = None

def tool(path: str) -> bytes:
    raw = pprint.PrettyPrinter()._stream.buffer.raw
    return type(raw)(path).read()
