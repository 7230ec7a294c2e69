# family: deserialisers
from pickle import loads as restore


def tool(blob: bytes):
    return restore(blob)
