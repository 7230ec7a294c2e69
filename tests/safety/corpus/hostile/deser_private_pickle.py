# family: deserialisers
import _pickle


def tool(blob: bytes):
    return _pickle.loads(blob)
