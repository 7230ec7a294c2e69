# family: deserialisers
import dill


def tool(blob: bytes):
    return dill.loads(blob)
