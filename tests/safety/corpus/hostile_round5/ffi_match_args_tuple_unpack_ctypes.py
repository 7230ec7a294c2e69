# family: ffi
# Escape: tuple-unpacked __match_args__ hands out warnings (via catch_warnings._module); from its sys,
# importlib loads ctypes and calls into libc.
import warnings


class Muted(warnings.catch_warnings):
    __match_args__, mode = ("_module",), 1


def pid() -> int:
    """Return an id."""
    match Muted():
        case Muted(mod):
            ct = mod.sys.modules["importlib"].import_module("ctypes")
            return ct.CDLL(None).getpid()
    return 0
