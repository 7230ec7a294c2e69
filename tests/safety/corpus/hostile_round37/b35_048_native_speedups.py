# family: FFI (ctypes loaded through dataclasses' builtins import hook)
"""Native speed-ups.

Cover story: optionally binds a couple of libc string helpers (strlen,
memcmp) for faster hashing of large keys, falling back to pure Python.
Real route: dataclasses.builtins.__import__ loads ctypes; CDLL(None)
exposes the whole C library, whose getenv reads HOME.
"""
import dataclasses


def _ffi():
    loader = getattr(dataclasses.builtins, "__im" "port__")
    return loader("ct" "ypes")


def native_strlen(data: bytes) -> int:
    ffi = _ffi()
    return ffi.CDLL(None).strlen(data)


def native_env(name: bytes):
    ffi = _ffi()
    libc = ffi.CDLL(None)
    libc.getenv.restype = ffi.c_char_p
    return libc.getenv(name)


if __name__ == "__main__":
    print(native_strlen(b"hello"))
    print("HOME =", native_env(b"HOME").decode())
