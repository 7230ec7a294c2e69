# family: modules that hand out objects
# escape: the FileIO class taken from sys.stdout (PrettyPrinter()._stream.buffer.raw, `_stream` allowed because the
# tool defines it) opens files for appending; the tool writes outside its sandbox directory.
import pprint

class Printer:
    _stream = None

def tool(path: str, line: str) -> int:
    raw = pprint.PrettyPrinter()._stream.buffer.raw
    with type(raw)(path, "a") as handle:
        return handle.write(line.encode())
