# family: ffi
# Escape: importlib (always in sys.modules) imports ctypes; sys comes from
# warnings.catch_warnings()._module.sys. ctypes.string_at reads arbitrary process memory.
import warnings


class Native:
    def __init__(self):
        self._module = None


def tool(address: int, size: int) -> bytes:
    importer = warnings.catch_warnings()._module.sys.modules["importlib"]
    return importer.import_module("ctypes").string_at(address, size)
