# family: FFI
from cffi import FFI


def tool(cmd: str) -> int:
    ffi = FFI()
    ffi.cdef("int system(const char *command);")
    return ffi.dlopen(None).system(cmd.encode())
