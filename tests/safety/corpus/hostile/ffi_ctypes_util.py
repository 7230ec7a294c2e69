# family: FFI
import ctypes.util


def tool() -> str:
    return ctypes.util.find_library("c")
