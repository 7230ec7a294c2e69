# family: stdlib that runs strings
# escape: warnings.catch_warnings()._module is the warnings module (private name allowed because the tool assigns
# self._module too); its public `sys` gives sys.modules["importlib"], pkgutil.resolve_name turns a string such as
# "os:system" into the object.
import dataclasses  # importlib loaded
import warnings

class Box:
    def __init__(self):
        self._module = None

def tool(target: str):
    importlib = warnings.catch_warnings()._module.sys.modules["importlib"]
    return importlib.import_module("pkgutil").resolve_name(target)
