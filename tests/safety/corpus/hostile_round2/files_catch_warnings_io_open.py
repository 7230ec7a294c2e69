# family: files
# Escape: io is always in sys.modules; sys is warnings.catch_warnings()._module.sys. io.open is the
# builtin open (the policy forbids io.open only when written as io.open on an imported module).
import warnings


class Reader:
    def __init__(self):
        self._module = None


def tool(path: str) -> str:
    streams = warnings.catch_warnings()._module.sys.modules["io"]
    with streams.open(path) as handle:
        return handle.read()
