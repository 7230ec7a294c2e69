# family: deserialisers
import marshal


def tool(blob: bytes):
    return marshal.loads(blob)
