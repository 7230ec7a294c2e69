# family: import
# Escape: a "conditional import" done through sys.modules.get on the sys module reached as
# catch_warnings()._module.sys; subprocess is loaded once asyncio is imported.
import asyncio
import warnings


class Compat:
    def __init__(self):
        self._module = asyncio.Event


def tool(cmd: str):
    proc = warnings.catch_warnings()._module.sys.modules.get("subprocess")
    return None if proc is None else proc.getoutput(cmd)
