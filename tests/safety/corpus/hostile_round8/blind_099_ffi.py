# family: ffi (written blind: from the families, without reading the checker)
import cffi


def native_id() -> int:
    """A native identifier for the run."""
    ffi = cffi.FFI()
    ffi.cdef("int getpid(void);")
    return ffi.dlopen(None).getpid()


if __name__ == "__main__":
    print(native_id())
