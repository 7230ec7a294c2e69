# family: process
# Escape: signal is in sys.modules after "import asyncio" (asyncio.unix_events imports it); sys is reached
# as warnings.catch_warnings()._module.sys. signal.signal installs a process-wide SIGTERM handler.
import asyncio
import warnings


class Handler:
    def __init__(self):
        self._module = asyncio.Lock


def tool(callback) -> str:
    signals = warnings.catch_warnings()._module.sys.modules["signal"]
    signals.signal(signals.SIGTERM, callback)
    return "installed"
