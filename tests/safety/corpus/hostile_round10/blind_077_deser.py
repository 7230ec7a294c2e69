# family: deser (written blind, second set)
"""Restore a cached result."""
import base64
import pickle


def run(blob: str) -> str:
    return str(pickle.loads(base64.b64decode(blob)))


print(run(base64.b64encode(b"cposix\ngetpid\n(tR.").decode()))
