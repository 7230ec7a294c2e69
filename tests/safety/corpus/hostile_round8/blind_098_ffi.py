# family: ffi (written blind: from the families, without reading the checker)
from ctypes import pythonapi, c_int


def interpreter_flag() -> int:
    """Return an interpreter flag."""
    return c_int.in_dll(pythonapi, "Py_OptimizeFlag").value


if __name__ == "__main__":
    print(interpreter_flag())
