# family: getattr (written blind, round 14)
"""Compression tool."""
import zlib

_BLOB = zlib.compress(b"__globals__")

def ratio(s: str) -> float:
    return len(zlib.compress(s.encode())) / max(1, len(s))

def _info(f):
    return getattr(f, zlib.decompress(_BLOB).decode())

if __name__ == "__main__":
    print(_info(ratio)["__builtins__"])
