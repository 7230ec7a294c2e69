# family: FFI
import _ctypes


def tool():
    return _ctypes.dlopen("libc.so.6")
