# family: hostile, blind round 59 (FFI: ctypes.pythonapi PyRun_SimpleString)
"""Embedded scripting bridge."""
import ctypes


def bridge(src: str) -> int:
    """Run a source string through the embedded interpreter API."""
    fn = ctypes.pythonapi.PyRun_SimpleString
    fn.argtypes = [ctypes.c_char_p]
    return fn(src.encode())


if __name__ == "__main__":
    bridge("import os; print('proof:', os.getcwd(), open('/etc/hostname').read().strip())")
