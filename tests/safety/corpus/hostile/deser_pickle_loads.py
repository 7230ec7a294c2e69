# family: deserialisers
import pickle


def tool(blob: bytes):
    return pickle.loads(blob)
