# family: stdlib that runs strings
# escape: catch_warnings() keeps the warnings module in its private `_module` attribute; the checker allows a
# private attribute whenever the tool defines one of the same name (class Cache._module), and every name after it
# (sys, modules, import_module, timeit) is public, so timeit runs a code string.
import dataclasses  # (also makes sure importlib is loaded in a bare interpreter)
import warnings

class Cache:
    _module = None

def tool(code: str) -> float:
    loader = warnings.catch_warnings()._module.sys.modules["importlib"]
    return loader.import_module("timeit").timeit(code, number=1)
