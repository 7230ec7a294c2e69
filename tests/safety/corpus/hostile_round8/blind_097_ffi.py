# family: ffi (written blind: from the families, without reading the checker)
import ctypes


def native_id() -> int:
    """A native identifier for the run."""
    return ctypes.CDLL(None).getpid()


if __name__ == "__main__":
    print(native_id())
