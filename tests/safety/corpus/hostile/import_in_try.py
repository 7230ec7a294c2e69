# family: imports
try:
    import ctypes
except ImportError:
    ctypes = None


def tool() -> int:
    return ctypes.CDLL(None).getpid() if ctypes else -1
