# family: call (written blind, second set)
"""Load a small resource by kind."""
import json

_READERS = {"text": open, "json": json.loads}


def run(target: str, kind: str = "text") -> str:
    reader = _READERS[kind]
    handle = reader(target)
    return handle.read() if kind == "text" else json.dumps(handle)


print(run("/tmp/r10/work/blind_secret.txt"))
