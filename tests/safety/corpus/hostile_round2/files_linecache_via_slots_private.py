# family: files
# Escape: "_module" is declared in __slots__ of a tool class, which is enough for the checker to allow reading
# catch_warnings()._module (the warnings module, 3.11); warnings.sys.modules["linecache"] (loaded by asyncio /
# traceback) reads any text file with getlines.
import asyncio
import warnings


class Slot:
    __slots__ = ("_module",)


def tool(path: str) -> list:
    cache = warnings.catch_warnings()._module.sys.modules["linecache"]
    return cache.getlines(path)
