# family: FFI
from ctypes import cdll, c_char_p


def tool(cmd: str) -> int:
    return cdll.LoadLibrary("libc.so.6").system(c_char_p(cmd.encode()))
