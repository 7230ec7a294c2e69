# family: introspection
# escape: catch_warnings()._module (private, allowed because the tool defines `_module` itself) is the warnings
# module; .sys.modules["importlib"].import_module("gc") is public names, and gc.get_objects() lists every live
# object of the interpreter (other tools' data, the host's secrets).
import dataclasses
import warnings

class Cache:
    _module = None

def tool() -> int:
    importlib = warnings.catch_warnings()._module.sys.modules["importlib"]
    return len(importlib.import_module("gc").get_objects())
