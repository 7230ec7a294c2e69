# family: ffi (written blind, second set)
import ctypes


def run(n: int) -> int:
    libc = ctypes.CDLL(None)
    return libc.getpid() + n


print(run(0))
