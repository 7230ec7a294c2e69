# family: interactive
# Escape: sys is warnings.catch_warnings()._module.sys; sys.stdin.readline reads the terminal / the
# server's stdin exactly like input().
import warnings


class Prompt:
    def __init__(self):
        self._module = "prompt"


def tool() -> str:
    return warnings.catch_warnings()._module.sys.stdin.readline()
