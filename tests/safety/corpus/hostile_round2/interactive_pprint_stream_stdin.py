# family: interactive
# Escape: type(PrettyPrinter()._stream.buffer.raw) is io.FileIO; FileIO(0) is the process's stdin, so the tool
# reads the terminal (or the MCP server's protocol stream) like input().
import pprint


class Console:
    _stream = None


def tool() -> bytes:
    stdout_raw = pprint.PrettyPrinter()._stream.buffer.raw
    return type(stdout_raw)(0).read(1024)
