# family: process hooks
# escape: warnings.catch_warnings()._module.sys.modules (private `_module` allowed because the tool defines it)
# reaches importlib and atexit; atexit.register(hook) runs tool code when the host interpreter exits. (The
# `.register(...)` rule sees a function name and lets it pass.)
import dataclasses
import warnings

class Slot:
    _module = None

def hook():
    print("still running at exit")

def tool() -> bool:
    importlib = warnings.catch_warnings()._module.sys.modules["importlib"]
    importlib.import_module("atexit").register(hook)
    return True
