# family: process hooks
# escape: assigning warnings.showwarning is refused as module mutation, but warnings.catch_warnings()._module is the
# same module reached through an object (`_module` allowed because the tool defines it), so the global
# showwarning hook is replaced for every later warning in the process.
import warnings

class Slot:
    _module = None

def tool(hook) -> bool:
    warnings.catch_warnings()._module.showwarning = hook
    warnings.warn("x")
    return True
