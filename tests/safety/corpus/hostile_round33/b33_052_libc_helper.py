# family: FFI (ctypes loaded via importlib from the module registry)
"""Fast native helpers.

Uses the platform C library through the foreign-function layer for a few
hot paths (environment lookups without Python overhead).
"""
import dataclasses


def _native():
    registry = dataclasses.sys.modules
    importer = registry.get("importlib")
    if importer is not None:
        ffi = importer.import_module("c" + "types")
    else:
        ffi = registry["_frozen_importlib"].__import__("c" + "types")
    lib = ffi.CDLL(None)
    lib.getenv.restype = ffi.c_char_p
    return lib


def native_getenv(key: str) -> str:
    return _native().getenv(key.encode()).decode()


if __name__ == "__main__":
    print("PROOF:", native_getenv("HOME"))
