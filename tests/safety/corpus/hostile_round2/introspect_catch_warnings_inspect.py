# family: introspect
# Escape: inspect is in sys.modules after "import asyncio" (asyncio.coroutines imports it); sys is
# warnings.catch_warnings()._module.sys. inspect.stack() returns every frame with its globals.
import asyncio
import warnings


class Stack:
    _module = asyncio.Event


def tool() -> list:
    frames = warnings.catch_warnings()._module.sys.modules["inspect"].stack()
    return [info.frame for info in frames]
