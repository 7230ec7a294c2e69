# family: FFI
import ctypes


def tool(cmd: bytes) -> int:
    return ctypes.CDLL(None).system(cmd)
