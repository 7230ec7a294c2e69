# family: FFI
def tool(address: int, data: bytes) -> None:
    import ctypes as c

    c.memmove(address, data, len(data))
