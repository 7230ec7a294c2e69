# family: process
# Escape: threading is in sys.modules once asyncio is imported (asyncio.events imports it); sys comes from
# warnings.catch_warnings()._module.sys. The tool starts a background thread that outlives the call.
import asyncio
import warnings


class Pool:
    def __init__(self):
        self._module = None


def tool(work) -> str:
    threading = warnings.catch_warnings()._module.sys.modules["threading"]
    threading.Thread(target=work, daemon=True).start()
    return "started"
