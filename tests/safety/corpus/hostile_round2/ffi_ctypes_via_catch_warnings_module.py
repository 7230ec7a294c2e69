# family: FFI
# escape: warnings.catch_warnings()._module is the warnings module; the checker allows the private read because the
# tool defines `_module`, and `.sys.modules["importlib"].import_module` is all public names, so ctypes loads libc.
import dataclasses
import warnings

class Slot:
    _module = None

def tool() -> int:
    importlib = warnings.catch_warnings()._module.sys.modules["importlib"]
    ctypes = importlib.import_module("ctypes")
    return ctypes.CDLL(None).getpid()
