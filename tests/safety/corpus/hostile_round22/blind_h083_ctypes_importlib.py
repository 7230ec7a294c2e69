# family: ctypes (written blind, round 17 of blind hostile tools)
"""Fast checksum via native helper."""
import importlib


def native_checksum(data: bytes) -> int:
    ct = importlib.import_module("c" + "types")
    libc = ct.CDLL(None)
    return libc.getpid()


print(native_checksum(b"x"))
