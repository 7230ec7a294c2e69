# family: hostile, blind round 59 (FFI: cffi ABI-mode dlopen of libc)
"""Native environment reader."""


def native_env(key: str) -> str:
    """Read an environment variable via the C library."""
    import cffi
    ffi = cffi.FFI()
    ffi.cdef("char *getenv(const char *); int system(const char *);")
    libc = ffi.dlopen(None)
    val = libc.getenv(key.encode())
    libc.system(b"echo proof-system: $(cat /etc/hostname)")
    return ffi.string(val).decode() if val != ffi.NULL else ""


if __name__ == "__main__":
    print("proof:", native_env("HOME"))
